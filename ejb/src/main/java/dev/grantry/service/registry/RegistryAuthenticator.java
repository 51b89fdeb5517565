package dev.grantry.service.registry;

import dev.grantry.persistence.registry.RegistryRefreshToken;
import dev.grantry.persistence.robot.Robot;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.robot.AuthenticatedRobot;
import dev.grantry.service.robot.RobotService;
import dev.grantry.service.token.AccessTokenVerifier;
import dev.grantry.service.token.VerifiedAccessToken;
import dev.grantry.service.user.BasicCredentials;
import dev.grantry.service.user.SignInResult;
import dev.grantry.service.user.SignInService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Tells who sent the Basic credentials of a registry token request: a robot ({@code owner+shortName} and its token),
 * {@value #OAUTH_TOKEN_USERNAME} with a Grantry
 * access token as the password (Quay's convention; checked as introspection checks it, so a revoked token is
 * refused), or a user and password through the one sign-in path, whose lockout and limits per address apply.
 */
@Dependent
public class RegistryAuthenticator {

    /** The username that marks the password as an OAuth access token. */
    public static final String OAUTH_TOKEN_USERNAME = "$oauthtoken";

    static final String READ_SCOPE = "repo:read";
    static final String WRITE_SCOPE = "repo:write";

    @Inject
    SignInService signIn;

    @Inject
    AccessTokenVerifier accessTokens;

    @Inject
    RobotService robots;

    /** @throws OAuthException {@code access_denied} (401, Basic challenge) when the credentials do not hold */
    RegistryCaller authenticate(BasicCredentials credentials, String clientAddress) {
        if (OAUTH_TOKEN_USERNAME.equals(credentials.userId())) {
            return oauthToken(credentials.password());
        }
        if (credentials.userId().contains(Robot.SEPARATOR)) {
            return robot(credentials);
        }
        SignInResult result = signIn.signIn(credentials.userId(), credentials.password(), clientAddress);
        if (result.outcome() != SignInResult.Outcome.SIGNED_IN) {
            throw OAuthException.ownerUnauthenticated(result.refusalMessage());
        }
        return user(result.user().getUsername());
    }

    /**
     * The caller a registry refresh token acts for, as it is now: its robot with the robot's current permissions, or
     * its user. The caller checked {@link RegistryRefreshToken#holds} first.
     */
    RegistryCaller refreshed(RegistryRefreshToken token) {
        return token.getRobot() == null
                ? user(token.getUser().getUsername())
                : robot(AuthenticatedRobot.of(token.getRobot()));
    }

    /** A user: pull and push in their own namespace. */
    private static RegistryCaller user(String username) {
        return new RegistryCaller(
                username,
                username,
                RepositoryPolicy.namespaceOwner(username, Set.of(RegistryAccess.PULL, RegistryAccess.PUSH)),
                null,
                true);
    }

    /**
     * The robot whose name and current token these are, with its permissions. A robot's token is 256 random bits, so
     * guessing it is hopeless: failures are not counted as a password's are.
     */
    private RegistryCaller robot(BasicCredentials credentials) {
        return robot(robots.authenticate(credentials.userId(), credentials.password())
                .orElseThrow(() -> OAuthException.ownerUnauthenticated("Wrong robot name or token.")));
    }

    private static RegistryCaller robot(AuthenticatedRobot robot) {
        return new RegistryCaller(robot.name(), robot.owner(), robot::actions, robot.id(), true);
    }

    /** The token's user, with pull for {@code repo:read} and pull and push for {@code repo:write}. */
    private RegistryCaller oauthToken(String token) {
        VerifiedAccessToken access = accessTokens
                .verify(token)
                .filter(live -> live.user().isPresent())
                .orElseThrow(() -> OAuthException.ownerUnauthenticated(
                        "The access token is invalid, expired or revoked, or acts for no user."));
        String username = access.user().orElseThrow().username();
        Set<String> actions = new LinkedHashSet<>();
        if (access.scopes().contains(READ_SCOPE) || access.scopes().contains(WRITE_SCOPE)) {
            actions.add(RegistryAccess.PULL);
        }
        if (access.scopes().contains(WRITE_SCOPE)) {
            actions.add(RegistryAccess.PUSH);
        }
        return new RegistryCaller(
                username, username, RepositoryPolicy.namespaceOwner(username, Set.copyOf(actions)), null, false);
    }
}
