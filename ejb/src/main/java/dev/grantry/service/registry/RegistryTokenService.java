package dev.grantry.service.registry;

import dev.grantry.persistence.audit.AuditEventType;
import dev.grantry.persistence.registry.RegistryRefreshToken;
import dev.grantry.persistence.registry.RegistryRefreshTokenRepository;
import dev.grantry.persistence.robot.RobotRepository;
import dev.grantry.persistence.user.UserRepository;
import dev.grantry.service.audit.AuditTrail;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.key.JwtSigner;
import dev.grantry.service.secret.RandomSecrets;
import dev.grantry.service.secret.SecretHasher;
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

    /** A refresh token: as strong as a robot's token. */
    private static final int REFRESH_TOKEN_BITS = 256;

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

    @Inject
    RegistryRefreshTokenRepository refreshTokens;

    @Inject
    SecretHasher hasher;

    @Inject
    UserRepository users;

    @Inject
    RobotRepository robots;

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
     * {@link #issue(String, String, List, String)} with the username and password from the form; with
     * {@code access_type=offline} a refresh token too, for a user or a robot, bound to {@code clientId}.
     *
     * @param offline whether {@code access_type=offline} asked for a refresh token
     * @param clientId the form's {@code client_id}, which a refresh token needs
     */
    public RegistryToken issueForPassword(
            String username,
            String password,
            String service,
            List<String> scopes,
            String clientAddress,
            boolean offline,
            String clientId) {
        if (username == null || password == null) {
            throw OAuthException.ownerUnauthenticated("Send the username and password.");
        }
        if (offline && (clientId == null || clientId.isBlank())) {
            throw new OAuthException(OAuthError.INVALID_REQUEST, "A refresh token needs the client_id.");
        }
        checkService(service);
        RegistryCaller caller = authenticator.authenticate(new BasicCredentials(username, password), clientAddress);
        boolean withRefreshToken = offline && caller.refreshable();
        RegistryToken token = issue(caller, service, scopes, withRefreshToken ? " (and a refresh token)" : "");
        if (!withRefreshToken) {
            return token;
        }
        String refreshToken = RandomSecrets.generate(REFRESH_TOKEN_BITS);
        Instant now = token.issuedAt();
        refreshTokens.add(new RegistryRefreshToken(
                hasher.hash(refreshToken),
                users.findByUsername(caller.owner()).orElseThrow(),
                caller.robotId() == null
                        ? null
                        : robots.findById(caller.robotId()).orElseThrow(),
                service,
                clientId,
                now,
                now.plus(settings.registryRefreshTokenLifetime())));
        return new RegistryToken(token.token(), token.expiresIn(), now, refreshToken);
    }

    /**
     * The OAuth2 form with {@code grant_type=refresh_token}: a token for what the refresh token's user or robot may do
     * now, if the refresh token holds (see {@link RegistryRefreshToken#holds}). The refresh token stays the same: it
     * is the identity token {@code docker login} keeps.
     *
     * @throws OAuthException {@code invalid_grant} (400) for a refresh token that is unknown, expired, for another
     *         service or client, or no longer holds
     */
    public RegistryToken refresh(String refreshToken, String clientId, String service, List<String> scopes) {
        if (refreshToken == null || clientId == null) {
            throw new OAuthException(OAuthError.INVALID_REQUEST, "Send the refresh_token and the client_id.");
        }
        checkService(service);
        RegistryRefreshToken stored = refreshTokens
                .findByHash(hasher.hash(refreshToken))
                .filter(candidate -> candidate.holds(clock.instant(), service, clientId))
                .orElseThrow(() -> new OAuthException(
                        OAuthError.INVALID_GRANT,
                        "The refresh token is unknown, expired, for another service or client, or withdrawn."));
        return issue(authenticator.refreshed(stored), service, scopes, " (by a refresh token)");
    }

    private RegistryToken issue(
            BasicCredentials credentials, String service, List<String> scopes, String clientAddress) {
        checkService(service);
        RegistryCaller caller =
                credentials == null ? RegistryCaller.ANONYMOUS : authenticator.authenticate(credentials, clientAddress);
        return issue(caller, service, scopes, "");
    }

    private void checkService(String service) {
        if (service == null || !settings.registryServices().contains(service)) {
            throw new OAuthException(
                    OAuthError.INVALID_REQUEST, "Grantry issues no tokens for this service; ask for a configured one.");
        }
    }

    /** @param how what the audit event adds to the grants: how the token was asked for, if not by credentials */
    private RegistryToken issue(RegistryCaller caller, String service, List<String> scopes, String how) {
        List<RegistryScope> asked = RegistryScope.parseAll(scopes);
        List<RegistryScope> granted =
                RegistryAccess.granted(asked, caller.policy(), settings.registryPublicRepositories());
        Instant now = clock.instant();
        String token = signer.signRegistryToken(RegistryTokenClaims.of(
                settings.issuer(), caller.subject(), service, granted, now, settings.registryTokenLifetime()));
        audit.record(audit.success(AuditEventType.REGISTRY_TOKEN_ISSUED)
                .actor(caller.subject().isEmpty() ? null : caller.subject())
                .subjectUser(caller.owner())
                .detail(service + ": " + describe(granted) + how));
        return new RegistryToken(token, settings.registryTokenLifetime().toSeconds(), now, null);
    }

    private static String describe(List<RegistryScope> granted) {
        return granted.isEmpty()
                ? "no access"
                : granted.stream()
                        .map(scope -> scope.name() + ":" + String.join(",", scope.actions()))
                        .collect(Collectors.joining(" "));
    }
}
