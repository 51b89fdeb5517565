package dev.grantry.service.settings;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * All of Grantry's settings, read once at start-up; immutable. Produced by {@link SettingsProducer}; see
 * {@link Setting} for the names, defaults and meaning of each.
 */
public final class GrantrySettings {

    /** An IPv4 or IPv6 address literal (never a host name, which would need a DNS lookup to compare). */
    private static final Pattern IP_ADDRESS = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private final Map<Setting, String> values;

    private GrantrySettings(Map<Setting, String> values) {
        this.values = values;
    }

    /**
     * Reads every setting through {@code lookup} (a configuration source), falling back to its default.
     *
     * @throws IllegalArgumentException naming the setting when a value cannot be parsed
     */
    public static GrantrySettings read(Function<String, Optional<String>> lookup) {
        Map<Setting, String> values = new EnumMap<>(Setting.class);
        for (Setting setting : Setting.values()) {
            values.put(setting, lookup.apply(setting.key()).map(String::trim).orElse(setting.defaultValue()));
        }
        SecretFiles.resolve(values, Setting.KEYS_ENCRYPTION_KEY, Setting.KEYS_ENCRYPTION_KEY_FILE);
        SecretFiles.resolve(values, Setting.SECRET_PEPPER, Setting.SECRET_PEPPER_FILE);
        GrantrySettings settings = new GrantrySettings(values);
        settings.validate();
        return settings;
    }

    private void validate() {
        signInMaxFailures();
        signInFailureWindow();
        signInLockout();
        passwordHashIterations();
        String pepper = text(Setting.SECRET_PEPPER);
        if (!pepper.isEmpty() && pepper.length() < 32) {
            throw invalid(Setting.SECRET_PEPPER, "must be at least 32 characters");
        }
        clientRegistrationApproval();
        String initialToken = text(Setting.CLIENT_REGISTRATION_INITIAL_TOKEN);
        if (clientRegistration() == ClientRegistration.INITIAL_TOKEN && initialToken.isEmpty()) {
            throw invalid(Setting.CLIENT_REGISTRATION_INITIAL_TOKEN, "must be set when registration is initial-token");
        }
        if (!initialToken.isEmpty() && initialToken.length() < 32) {
            // It carries an administrator's authority in every registration mode.
            throw invalid(Setting.CLIENT_REGISTRATION_INITIAL_TOKEN, "must be at least 32 characters");
        }
        accessTokenLifetime();
        refreshTokenLifetime();
        signingAlgorithm();
        keysRefreshInterval();
        pkceAllowPlain();
        String encryptionKey = text(Setting.KEYS_ENCRYPTION_KEY);
        if (!encryptionKey.isEmpty() && encryptionKey.length() < 32) {
            throw invalid(Setting.KEYS_ENCRYPTION_KEY, "must be at least 32 characters");
        }
        codeLifetime();
        authorizationRequestLifetime();
        directOAuthTokenLifetime();
        diagnosticsEnabled();
        maxJwtLifetime();
        purgeTokenRetention();
        signInMaxFailuresPerIp();
        clientRegistrationMaxPerIp();
        clientRegistrationIpWindow();
        auditRetentionDays();
        registryTokenLifetime();
        registryRefreshTokenLifetime();
        for (String address : trustedProxies()) {
            if (!IP_ADDRESS.matcher(address).matches()) {
                throw invalid(Setting.TRUSTED_PROXIES, "must list IP addresses, not " + address);
            }
        }
    }

    /** The issuer without a trailing slash. */
    public String issuer() {
        String issuer = text(Setting.ISSUER);
        return issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    }

    public String adminUsername() {
        return text(Setting.ADMIN_USERNAME);
    }

    /** The bootstrap administrator's password, if one was configured. */
    public Optional<String> adminPassword() {
        return optional(Setting.ADMIN_PASSWORD);
    }

    public int signInMaxFailures() {
        return positiveInteger(Setting.SIGNIN_MAX_FAILURES);
    }

    /** The PBKDF2 iteration count of new password hashes (Soteria accepts no fewer than 1024). */
    public int passwordHashIterations() {
        return integerAtLeast(Setting.PASSWORD_HASH_ITERATIONS, 1024);
    }

    public Duration signInFailureWindow() {
        return duration(Setting.SIGNIN_FAILURE_WINDOW);
    }

    public Duration signInLockout() {
        return duration(Setting.SIGNIN_LOCKOUT);
    }

    /** The configured HMAC pepper, if any. */
    public Optional<String> secretPepper() {
        return optional(Setting.SECRET_PEPPER);
    }

    // Applications (registration)

    /** Whether new applications are active at once or wait for an administrator. */
    public ClientApproval clientRegistrationApproval() {
        return ClientApproval.fromValue(text(Setting.CLIENT_REGISTRATION_APPROVAL))
                .orElseThrow(() -> invalid(Setting.CLIENT_REGISTRATION_APPROVAL, "must be auto or admin"));
    }

    /** Who may register applications through the registration APIs. */
    public ClientRegistration clientRegistration() {
        return ClientRegistration.fromValue(text(Setting.CLIENT_REGISTRATION))
                .orElseThrow(() -> invalid(Setting.CLIENT_REGISTRATION, "must be open, initial-token or off"));
    }

    /** The RFC 7591 §3 initial access token, if one was configured. */
    public Optional<String> clientRegistrationInitialToken() {
        return optional(Setting.CLIENT_REGISTRATION_INITIAL_TOKEN);
    }

    // Tokens and keys

    public Duration accessTokenLifetime() {
        return duration(Setting.TOKEN_ACCESS_LIFETIME);
    }

    public Duration refreshTokenLifetime() {
        return duration(Setting.TOKEN_REFRESH_LIFETIME);
    }

    /** The default {@code aud} of access tokens: the configured audience, else the issuer. */
    public String tokenAudience() {
        return optional(Setting.TOKEN_AUDIENCE).orElseGet(this::issuer);
    }

    /** The JWS algorithm of new signing keys: {@code RS256} or {@code ES256}. */
    public String signingAlgorithm() {
        String value = text(Setting.TOKEN_SIGNING_ALGORITHM);
        if (!value.equals("RS256") && !value.equals("ES256")) {
            throw invalid(Setting.TOKEN_SIGNING_ALGORITHM, "must be RS256 or ES256");
        }
        return value;
    }

    /** The configured secret that encrypts private signing keys, if any. */
    public Optional<String> keysEncryptionKey() {
        return optional(Setting.KEYS_ENCRYPTION_KEY);
    }

    public Duration keysRefreshInterval() {
        return duration(Setting.KEYS_REFRESH_INTERVAL);
    }

    public boolean pkceAllowPlain() {
        return bool(Setting.PKCE_ALLOW_PLAIN);
    }

    // Authorization

    /** How long an authorization code can be redeemed. */
    public Duration codeLifetime() {
        return duration(Setting.CODE_LIFETIME);
    }

    /** How long an authorization request waits on the consent page. */
    public Duration authorizationRequestLifetime() {
        return duration(Setting.AUTHORIZATION_REQUEST_LIFETIME);
    }

    // Token lifecycle

    /** The client ids allowed direct approval (Quay's {@code DIRECT_OAUTH_CLIENTID_WHITELIST}). */
    public Set<String> directOAuthClientIds() {
        return list(Setting.DIRECT_OAUTH_CLIENTID_WHITELIST);
    }

    /** The lifetime of a directly approved access token. */
    public Duration directOAuthTokenLifetime() {
        return duration(Setting.DIRECT_OAUTH_TOKEN_LIFETIME);
    }

    // Operations

    /** Whether the server's self-descriptions (WADL, OpenAPI, metrics) are served to anonymous callers. */
    public boolean diagnosticsEnabled() {
        return bool(Setting.DIAGNOSTICS_ENABLED);
    }

    // Hardening

    /** The longest lifetime of a JWT access token; longer-lived ones are opaque reference tokens. */
    public Duration maxJwtLifetime() {
        return duration(Setting.TOKEN_MAX_JWT_LIFETIME);
    }

    /** How long token records are kept after they expire. */
    public Duration purgeTokenRetention() {
        return duration(Setting.PURGE_TOKEN_RETENTION);
    }

    /** Failed sign-ins from one client address within {@link #signInFailureWindow()} that block it. */
    public int signInMaxFailuresPerIp() {
        return positiveInteger(Setting.SIGNIN_MAX_FAILURES_PER_IP);
    }

    /** Registrations through the APIs from one client address per {@link #clientRegistrationIpWindow()}. */
    public int clientRegistrationMaxPerIp() {
        return positiveInteger(Setting.CLIENT_REGISTRATION_MAX_PER_IP);
    }

    public Duration clientRegistrationIpWindow() {
        return duration(Setting.CLIENT_REGISTRATION_IP_WINDOW);
    }

    // Audit trail

    /** How many days audit events are kept; 0 keeps them forever. */
    public int auditRetentionDays() {
        return integerAtLeast(Setting.AUDIT_RETENTION_DAYS, 0);
    }

    // Deployment

    /** The addresses of the proxies trusted to say, by {@code X-Forwarded-Proto}, that the client used HTTPS. */
    public Set<String> trustedProxies() {
        return list(Setting.TRUSTED_PROXIES);
    }

    /** The registries' service names that registry tokens are issued for (their {@code aud}). */
    public Set<String> registryServices() {
        return list(Setting.REGISTRY_SERVICES);
    }

    /** Repositories ({@code namespace/name}) that anyone may pull. */
    public Set<String> registryPublicRepositories() {
        return list(Setting.REGISTRY_PUBLIC_REPOSITORIES);
    }

    public Duration registryTokenLifetime() {
        return duration(Setting.REGISTRY_TOKEN_LIFETIME);
    }

    public Duration registryRefreshTokenLifetime() {
        return duration(Setting.REGISTRY_REFRESH_TOKEN_LIFETIME);
    }

    /** The comma-separated values of a list setting. */
    private Set<String> list(Setting setting) {
        return Arrays.stream(text(setting).split(","))
                .map(String::trim)
                .filter(value -> !value.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    private int positiveInteger(Setting setting) {
        return integerAtLeast(setting, 1);
    }

    private int integerAtLeast(Setting setting, int minimum) {
        try {
            int value = Integer.parseInt(text(setting));
            if (value < minimum) {
                throw invalid(setting, "must be at least " + minimum);
            }
            return value;
        } catch (NumberFormatException e) {
            throw invalid(setting, "must be a whole number");
        }
    }

    private String text(Setting setting) {
        return values.get(setting);
    }

    private Optional<String> optional(Setting setting) {
        String value = text(setting);
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private boolean bool(Setting setting) {
        String value = text(setting);
        if (!value.equals("true") && !value.equals("false")) {
            throw invalid(setting, "must be true or false");
        }
        return Boolean.parseBoolean(value);
    }

    private Duration duration(Setting setting) {
        try {
            Duration value = Duration.parse(text(setting));
            if (value.isNegative() || value.isZero()) {
                throw invalid(setting, "must be a positive duration");
            }
            return value;
        } catch (java.time.format.DateTimeParseException e) {
            throw invalid(setting, "must be an ISO-8601 duration such as PT15M");
        }
    }

    static IllegalArgumentException invalid(Setting setting, String why) {
        return new IllegalArgumentException("Setting " + setting.key() + " (" + setting.environmentName() + ") " + why);
    }
}
