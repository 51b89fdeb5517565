package dev.grantry.service.registry;

/**
 * Who asks the token service, once authenticated: the token's {@code sub}, the user the caller acts for (for the
 * audit trail; {@code null} when anonymous) and what it may do.
 */
record RegistryCaller(String subject, String owner, RepositoryPolicy policy) {

    /** The caller without credentials: public repositories only. */
    static final RegistryCaller ANONYMOUS = new RegistryCaller("", null, RepositoryPolicy.NOTHING);
}
