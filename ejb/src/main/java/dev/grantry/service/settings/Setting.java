package dev.grantry.service.settings;

import java.util.Locale;

/**
 * Every setting Grantry reads from MicroProfile Config, with its default. Each is also an environment variable:
 * {@code grantry.signin.max-failures} is {@code GRANTRY_SIGNIN_MAX_FAILURES} (MicroProfile Config's mapping).
 * The README's configuration table lists these.
 */
public enum Setting {
    ISSUER("grantry.issuer", "http://127.0.0.1:8080",
            "Issuer identifier and public base URL (RFC 8414); the iss claim of every token."),
    ADMIN_USERNAME("grantry.admin.username", "admin",
            "Username of the administrator created on the first start."),
    ADMIN_PASSWORD("grantry.admin.password", "",
            "Password of that administrator; when empty a random one is generated and logged once."),
    SIGNIN_MAX_FAILURES("grantry.signin.max-failures", "5",
            "Failed sign-ins of one username within the window that lock it."),
    SIGNIN_FAILURE_WINDOW("grantry.signin.failure-window", "PT15M",
            "The window (ISO-8601 duration) in which failed sign-ins are counted."),
    SIGNIN_LOCKOUT("grantry.signin.lockout", "PT15M",
            "How long (ISO-8601 duration) a locked username is refused."),
    SECRET_PEPPER("grantry.secret.pepper", "",
            "Key (at least 32 characters) of the HMAC that hashes client secrets and other high-entropy secrets; "
                    + "when empty one is generated on the first start and kept in the database."),
    // Applications (registration)
    CLIENT_REGISTRATION_APPROVAL("grantry.client.registration.approval", "auto",
            "auto: new applications are active at once; admin: new applications are pending, and get no tokens, "
                    + "until an administrator approves them on /admin/applications."),
    CLIENT_REGISTRATION("grantry.client.registration", "open",
            "Who may register applications through the APIs (RFC 7591 /oauth/register and Gancio's /api/client): "
                    + "open: anyone; initial-token: only requests with Authorization: Bearer <the initial "
                    + "access token below> (RFC 7591 §3); off: nobody (the settings page still works)."),
    CLIENT_REGISTRATION_INITIAL_TOKEN("grantry.client.registration.initial-token", "",
            "The initial access token (at least 32 characters) that registration requires when "
                    + "grantry.client.registration is initial-token."),
    // Authorization
    CODE_LIFETIME("grantry.code.lifetime", "PT60S",
            "How long (ISO-8601 duration) an authorization code can be redeemed (RFC 6749 §4.1.2)."),
    AUTHORIZATION_REQUEST_LIFETIME("grantry.authorization.request-lifetime", "PT10M",
            "How long (ISO-8601 duration) an authorization request waits for sign-in and consent.");

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
