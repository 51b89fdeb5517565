package dev.grantry.service.oidc;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.grantry.persistence.audit.AuditEventType;
import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.ApplicationRepository;
import dev.grantry.persistence.client.ApplicationStatus;
import dev.grantry.service.audit.AuditTrail;
import dev.grantry.service.authorize.RedirectUris;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.key.SigningKeys;
import dev.grantry.service.settings.GrantrySettings;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0
 * <a href="https://openid.net/specs/openid-connect-rpinitiated-1_0.html#RPLogout">§2</a>, §3): checks the request
 * and says where the signed-out browser goes. An {@code id_token_hint} must be an ID token Grantry signed (an expired
 * one is accepted, as §2 allows) and names the application; a {@code post_logout_redirect_uri} is followed only when
 * it is exactly one that application registered (§3.1), with {@code state} added. The sign-out is recorded as
 * {@code SIGNED_OUT}; the caller ends the session.
 */
@Stateless
public class EndSessionService {

    @Inject
    SigningKeys keys;

    @Inject
    ApplicationRepository applications;

    @Inject
    GrantrySettings settings;

    @Inject
    AuditTrail audit;

    /**
     * @param username the signed-in user, or {@code null} when nobody is
     * @return the redirect to the application, or empty for Grantry's own signed-out page
     * @throws OAuthException {@code invalid_request} when the hint is not Grantry's, the client id contradicts it,
     *     or the redirect is not registered: the user is then not redirected anywhere
     */
    public Optional<String> end(EndSessionRequest request, String username) {
        String clientId = request.clientId();
        if (request.idTokenHint() != null) {
            String hinted = hintedClient(request.idTokenHint());
            if (clientId != null && !clientId.equals(hinted)) {
                throw invalid("The client_id is not the one the id_token_hint was issued to.");
            }
            clientId = hinted;
        }
        String redirect = null;
        if (request.postLogoutRedirectUri() != null) {
            redirect = redirect(clientId, request.postLogoutRedirectUri(), request.state());
        }
        if (username != null) {
            audit.record(audit.success(AuditEventType.SIGNED_OUT)
                    .actor(username)
                    .subjectUser(username)
                    .clientId(clientId)
                    .detail("RP-initiated logout"));
        }
        return Optional.ofNullable(redirect);
    }

    /** The audience of an ID token Grantry signed: the application it was issued to. */
    private String hintedClient(String idTokenHint) {
        try {
            SignedJWT jwt = SignedJWT.parse(idTokenHint);
            if (!JOSEObjectType.JWT.equals(jwt.getHeader().getType()) || !keys.signed(jwt)) {
                throw invalid("The id_token_hint is not an ID token Grantry issued.");
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            List<String> audience = claims.getAudience();
            if (!settings.issuer().equals(claims.getIssuer()) || audience.size() != 1) {
                throw invalid("The id_token_hint is not an ID token Grantry issued.");
            }
            return audience.get(0);
        } catch (ParseException e) {
            throw invalid("The id_token_hint is not an ID token Grantry issued.");
        }
    }

    private String redirect(String clientId, String postLogoutRedirectUri, String state) {
        if (clientId == null) {
            throw invalid("A post_logout_redirect_uri needs the id_token_hint or client_id of its application.");
        }
        Application client = applications
                .findByClientId(clientId)
                .filter(application -> application.getStatus() == ApplicationStatus.ACTIVE)
                .orElseThrow(() -> invalid("There is no active application with that client_id."));
        if (!client.getPostLogoutRedirectUris().contains(postLogoutRedirectUri)) {
            throw invalid("The post_logout_redirect_uri is not registered for this application.");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("state", state);
        return RedirectUris.withParameters(postLogoutRedirectUri, parameters);
    }

    private static OAuthException invalid(String description) {
        return new OAuthException(OAuthError.INVALID_REQUEST, description);
    }
}
