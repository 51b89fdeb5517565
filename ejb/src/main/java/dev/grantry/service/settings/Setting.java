package dev.grantry.service.settings;

import java.util.Locale;

/**
 * Every setting Grantry reads from MicroProfile Config, with its default. Each is also an environment variable:
 * {@code grantry.signin.max-failures} is {@code GRANTRY_SIGNIN_MAX_FAILURES} (MicroProfile Config's mapping).
 * The README's configuration table lists these.
 */
public enum Setting {
    ISSUER(
            "grantry.issuer",
            "http://127.0.0.1:8080",
            "Issuer identifier and public base URL (RFC 8414); the iss claim of every token."),
    ADMIN_USERNAME("grantry.admin.username", "admin", "Username of the administrator created on the first start."),
    ADMIN_PASSWORD(
            "grantry.admin.password",
            "",
            "Password of that administrator; when empty a random one is generated and logged once."),
    SIGNIN_MAX_FAILURES(
            "grantry.signin.max-failures", "5", "Failed sign-ins of one username within the window that lock it."),
    SIGNIN_FAILURE_WINDOW(
            "grantry.signin.failure-window",
            "PT15M",
            "The window (ISO-8601 duration) in which failed sign-ins are counted."),
    SIGNIN_LOCKOUT("grantry.signin.lockout", "PT15M", "How long (ISO-8601 duration) a locked username is refused."),
    PASSWORD_HASH_ITERATIONS(
            "grantry.password.hash-iterations",
            "210000",
            "PBKDF2-HMAC-SHA512 iterations of each new password hash (OWASP's 2023 figure by default; at least 1024); "
                    + "stored hashes keep the count they were made with."),
    SECRET_PEPPER(
            "grantry.secret.pepper",
            "",
            "Key (at least 32 characters) of the HMAC that hashes client secrets and other high-entropy secrets; "
                    + "when empty one is generated on the first start and kept in the database."),
    // Applications (registration)
    CLIENT_REGISTRATION_APPROVAL(
            "grantry.client.registration.approval",
            "auto",
            "auto: new applications are active at once; admin: new applications are pending, and get no tokens, "
                    + "until an administrator approves them on /admin/applications."),
    CLIENT_REGISTRATION(
            "grantry.client.registration",
            "open",
            "Who may register applications through the APIs (RFC 7591 /oauth/register and Gancio's /api/client): "
                    + "open: anyone; initial-token: only requests with Authorization: Bearer <the initial "
                    + "access token below> (RFC 7591 §3); off: nobody (the settings page still works)."),
    CLIENT_REGISTRATION_INITIAL_TOKEN(
            "grantry.client.registration.initial-token",
            "",
            "The initial access token (at least 32 characters) that registration requires when "
                    + "grantry.client.registration is initial-token. In open mode too, a registration carrying it "
                    + "counts as an administrator's: it may ask for client_credentials and privileged scopes."),
    // Tokens and keys
    TOKEN_ACCESS_LIFETIME("grantry.token.access-lifetime", "PT1H", "Lifetime (ISO-8601 duration) of an access token."),
    TOKEN_REFRESH_LIFETIME(
            "grantry.token.refresh-lifetime",
            "PT720H",
            "Lifetime (ISO-8601 duration) of a refresh token; each rotation issues a new one with a new lifetime."),
    TOKEN_AUDIENCE(
            "grantry.token.audience",
            "",
            "The aud claim of access tokens when the request names no resource (RFC 8707); empty means the issuer."),
    TOKEN_SIGNING_ALGORITHM(
            "grantry.token.signing-algorithm",
            "RS256",
            "Algorithm of newly generated signing keys: RS256 (RSA 2048) or ES256 (P-256)."),
    KEYS_ENCRYPTION_KEY(
            "grantry.keys.encryption-key",
            "",
            "Secret (at least 32 characters) that encrypts the signing keys' private parts in the database; "
                    + "when empty one is generated on the first start and kept in the database."),
    KEYS_REFRESH_INTERVAL(
            "grantry.keys.refresh-interval",
            "PT1M",
            "How often (ISO-8601 duration) each node re-reads the signing keys, so a rotation reaches every node."),
    PKCE_ALLOW_PLAIN(
            "grantry.pkce.allow-plain",
            "false",
            "Whether the PKCE code_challenge_method plain is accepted (RFC 7636 §4.2); S256 always is."),
    // Authorization
    CODE_LIFETIME(
            "grantry.code.lifetime",
            "PT60S",
            "How long (ISO-8601 duration) an authorization code can be redeemed (RFC 6749 §4.1.2)."),
    AUTHORIZATION_REQUEST_LIFETIME(
            "grantry.authorization.request-lifetime",
            "PT10M",
            "How long (ISO-8601 duration) an authorization request waits for sign-in and consent."),
    // Token lifecycle (direct approval, Quay's DIRECT_OAUTH_CLIENTID_WHITELIST)
    DIRECT_OAUTH_CLIENTID_WHITELIST(
            "grantry.direct.oauth.clientid.whitelist",
            "",
            "Client ids (comma separated) allowed Quay's direct approval at POST /oauth/authorizeapp."),
    DIRECT_OAUTH_TOKEN_LIFETIME(
            "grantry.direct.oauth.token-lifetime",
            "PT87660H",
            "Lifetime (ISO-8601 duration) of a directly approved access token; Quay's 315576000 s by default."),
    // Operations
    DIAGNOSTICS_ENABLED(
            "grantry.diagnostics.enabled",
            "false",
            "Whether Jersey's WADL (GET /application.wadl, the body of OPTIONS answers), a map of every endpoint, is "
                    + "served; Payara's /openapi and /metrics are switched by the preboot commands (see Deployment)."),
    // Hardening (issue 12)
    TOKEN_MAX_JWT_LIFETIME(
            "grantry.token.max-jwt-lifetime",
            "PT24H",
            "Longest lifetime (ISO-8601 duration) of a JWT access token; a longer-lived access token (Quay's direct "
                    + "approval) is an opaque reference token instead, checked by introspection, so that revoking it "
                    + "ends it at once."),
    KEYS_ENCRYPTION_KEY_FILE(
            "grantry.keys.encryption-key-file",
            "",
            "File (a container or Kubernetes secret) holding grantry.keys.encryption-key; set one of the two."),
    SECRET_PEPPER_FILE(
            "grantry.secret.pepper-file",
            "",
            "File (a container or Kubernetes secret) holding grantry.secret.pepper; set one of the two."),
    PURGE_TOKEN_RETENTION(
            "grantry.purge.token-retention",
            "PT168H",
            "How long (ISO-8601 duration) token records are kept after they expire before the hourly purge deletes "
                    + "them; expired codes, authorization requests and sign-in throttles go at once."),
    SIGNIN_MAX_FAILURES_PER_IP(
            "grantry.signin.max-failures-per-ip",
            "50",
            "Failed sign-ins from one client IP address within the failure window after which sign-ins from it are "
                    + "refused until the window ends."),
    CLIENT_REGISTRATION_MAX_PER_IP(
            "grantry.client.registration.max-per-ip",
            "20",
            "Registrations through the APIs from one client IP address per grantry.client.registration.ip-window; "
                    + "more are answered 429 with Retry-After."),
    CLIENT_REGISTRATION_IP_WINDOW(
            "grantry.client.registration.ip-window",
            "PT1H",
            "The window (ISO-8601 duration) of grantry.client.registration.max-per-ip."),
    // Audit trail (issue 14)
    AUDIT_RETENTION_DAYS(
            "grantry.audit.retention-days",
            "0",
            "Days audit events are kept; the hourly purge deletes older sealed events, oldest first, and the chain "
                    + "stays verifiable from the first kept event; 0 keeps them forever."),

    TRUSTED_PROXIES(
            "grantry.trusted-proxies",
            "",
            "IP addresses (comma separated, as the server sees them) of the reverse proxies or load balancers that "
                    + "terminate TLS in front of Grantry: with an https issuer, a plain-HTTP request to an OAuth "
                    + "endpoint is accepted only from one of them, and only with X-Forwarded-Proto: https."),
    // Registry token service (issue 18)
    REGISTRY_SERVICES(
            "grantry.registry.services",
            "",
            "Service names (comma separated) of the container registries Grantry issues registry tokens for at "
                    + "/v2/auth (each registry's auth.token.service); a request for another service is answered 400."),
    REGISTRY_PUBLIC_REPOSITORIES(
            "grantry.registry.public-repositories",
            "",
            "Repositories (comma separated, as namespace/name) that anyone, also anonymously, may pull."),
    REGISTRY_TOKEN_LIFETIME(
            "grantry.registry.token-lifetime",
            "PT5M",
            "Lifetime (ISO-8601 duration) of a registry token issued at /v2/auth."),
    REGISTRY_REFRESH_TOKEN_LIFETIME(
            "grantry.registry.refresh-token-lifetime",
            "P90D",
            "Lifetime (ISO-8601 duration) of a refresh token of the registry token service (access_type=offline: "
                    + "the identity token docker login keeps); disabling the user ends it at once.");

    private final String key;
    private final String defaultValue;
    private final String description;

    Setting(String key, String defaultValue, String description) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    /** The MicroProfile Config property name. */
    public String key() {
        return key;
    }

    /** The environment variable that sets it. */
    public String environmentName() {
        return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }
}
