package dev.grantry.service.registry;

import dev.grantry.persistence.audit.AuditEventType;
import dev.grantry.service.audit.AuditTrail;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.key.JwtSigner;
import dev.grantry.service.settings.GrantrySettings;
import dev.grantry.service.user.BasicCredentials;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The registry's token endpoint (Docker Registry v2 token specification,
 * <a href="https://distribution.github.io/distribution/spec/auth/token/">"Requesting a Token"</a>): checks the
 * service, authenticates the HTTP Basic credentials (or none), grants what was asked as far as the caller may, signs
 * the token with the active registry key and records {@code REGISTRY_TOKEN_ISSUED}, all in one transaction.
 */
@Stateless
public class RegistryTokenService {

    @Inject
    RegistryAuthenticator authenticator;

    @Inject
    JwtSigner signer;

    @Inject
    GrantrySettings settings;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * The {@code GET} form of the request.
     *
     * @param authorization the {@code Authorization} header; {@code null} for an anonymous request
     * @param service the {@code service} parameter: one of {@code grantry.registry.services}
     * @param scopes the {@code scope} parameters
     * @param clientAddress the caller's IP address, against which failed sign-ins count
     * @throws OAuthException {@code invalid_request} (400) for an unknown service or a malformed scope;
     *         {@code access_denied} (401, with a Basic challenge) for credentials that do not authenticate
     */
    public RegistryToken issue(String authorization, String service, List<String> scopes, String clientAddress) {
        BasicCredentials credentials = authorization == null
                ? null
                : BasicCredentials.parse(authorization)
                        .orElseThrow(() -> OAuthException.ownerUnauthenticated("Send the credentials as HTTP Basic."));
        return issue(credentials, service, scopes, clientAddress);
    }

    /**
     * The OAuth2 form of the request ({@code POST}, {@code grant_type=password}): the same checks and grant as
     * {@link #issue(String, String, List, String)} with the username and password from the form.
     */
    public RegistryToken issueForPassword(
            String username, String password, String service, List<String> scopes, String clientAddress) {
        if (username == null || password == null) {
            throw OAuthException.ownerUnauthenticated("Send the username and password.");
        }
        return issue(new BasicCredentials(username, password), service, scopes, clientAddress);
    }

    private RegistryToken issue(
            BasicCredentials credentials, String service, List<String> scopes, String clientAddress) {
        if (service == null || !settings.registryServices().contains(service)) {
            throw new OAuthException(
                    OAuthError.INVALID_REQUEST, "Grantry issues no tokens for this service; ask for a configured one.");
        }
        List<RegistryScope> asked = RegistryScope.parseAll(scopes);
        RegistryCaller caller =
                credentials == null ? RegistryCaller.ANONYMOUS : authenticator.authenticate(credentials, clientAddress);
        List<RegistryScope> granted =
                RegistryAccess.granted(asked, caller.policy(), settings.registryPublicRepositories());
        Instant now = clock.instant();
        String token = signer.signRegistryToken(RegistryTokenClaims.of(
                settings.issuer(), caller.subject(), service, granted, now, settings.registryTokenLifetime()));
        audit.record(audit.success(AuditEventType.REGISTRY_TOKEN_ISSUED)
                .actor(caller.subject().isEmpty() ? null : caller.subject())
                .subjectUser(caller.owner())
                .detail(service + ": " + describe(granted)));
        return new RegistryToken(token, settings.registryTokenLifetime().toSeconds(), now);
    }

    private static String describe(List<RegistryScope> granted) {
        return granted.isEmpty()
                ? "no access"
                : granted.stream()
                        .map(scope -> scope.name() + ":" + String.join(",", scope.actions()))
                        .collect(Collectors.joining(" "));
    }
}
