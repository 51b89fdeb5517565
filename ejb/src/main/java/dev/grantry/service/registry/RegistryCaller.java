package dev.grantry.service.registry;

/**
 * Who asks the token service, once authenticated: the token's {@code sub}, the user the caller acts for (for the
 * audit trail; {@code null} when anonymous), what it may do, and the robot it is ({@code null} for a user, an access
 * token or nobody).
 *
 * @param refreshable whether it may have a refresh token: a user by password or a robot by its token, not an access
 *     token (which has its own refresh tokens) or nobody
 */
record RegistryCaller(String subject, String owner, RepositoryPolicy policy, Long robotId, boolean refreshable) {

    /** The caller without credentials: public repositories only. */
    static final RegistryCaller ANONYMOUS = new RegistryCaller("", null, RepositoryPolicy.NOTHING, null, false);
}
