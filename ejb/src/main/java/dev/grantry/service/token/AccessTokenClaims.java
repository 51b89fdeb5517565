package dev.grantry.service.token;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.grantry.persistence.scope.Scopes;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The claims of a JWT access token: RFC 9068 <a href="https://www.rfc-editor.org/rfc/rfc9068#section-2.2">§2.2</a>
 * ({@code iss sub aud exp iat jti client_id scope}) and, for MicroProfile JWT resource servers, {@code upn} (the
 * username, or the client id when the client acts for itself) and {@code groups}. {@code groups} carries the granted
 * scopes, not the user's Grantry roles: a resource server's {@code @RolesAllowed("repo:read")} then checks what the
 * user consented to, and a token never carries more authority than its scopes.
 */
final class AccessTokenClaims {

    private AccessTokenClaims() {}

    static JWTClaimsSet of(
            String issuer,
            String subject,
            String audience,
            String clientId,
            Set<String> scopes,
            String jti,
            Instant issuedAt,
            Instant expiresAt) {
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .audience(audience)
                .expirationTime(Date.from(expiresAt))
                .issueTime(Date.from(issuedAt))
                .jwtID(jti)
                .claim("client_id", clientId)
                .claim("scope", Scopes.format(scopes))
                .claim("upn", subject)
                .claim("groups", List.copyOf(new TreeSet<>(scopes)))
                .build();
    }
}
