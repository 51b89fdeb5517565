package dev.grantry.service.authorize;

import dev.grantry.service.error.OAuthError;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Reads the OpenID Connect parameters of an authorization request (Core 1.0
 * <a href="https://openid.net/specs/openid-connect-core-1_0.html#AuthRequest">§3.1.2.1</a>) and refuses what Grantry
 * does not support: request objects ({@code request}, {@code request_uri}; §6.1, §6.2), with the errors of §3.1.2.6.
 */
final class OpenIdParameterRules {

    /** The longest {@code nonce} kept (its column); as with {@code state}, a value that cannot be echoed is refused. */
    static final int MAX_NONCE_LENGTH = 2000;
    /** The longest {@code login_hint} kept: a username is at most 64 characters, an email address 320. */
    static final int MAX_LOGIN_HINT_LENGTH = 320;

    private static final Set<String> PROMPTS = Set.of("none", "login", "consent", "select_account");

    private OpenIdParameterRules() {}

    /**
     * @param defaultMaxAge the application's {@code default_max_age}, used when the request sends no {@code max_age}
     *     (Dynamic Client Registration 1.0 §2); {@code null} for none
     * @param refuse makes the redirectable refusal of {@code error}
     * @throws AuthorizationRequestException when a parameter is malformed or not supported
     */
    static OpenIdParameters read(
            Map<String, List<String>> parameters,
            Integer defaultMaxAge,
            BiFunction<OAuthError, String, AuthorizationRequestException> refuse) {
        if (AuthorizationRequestValidator.first(parameters, "request") != null) {
            throw refuse.apply(OAuthError.REQUEST_NOT_SUPPORTED, "Request objects (request) are not supported.");
        }
        if (AuthorizationRequestValidator.first(parameters, "request_uri") != null) {
            throw refuse.apply(OAuthError.REQUEST_URI_NOT_SUPPORTED, "The request_uri parameter is not supported.");
        }
        String nonce = AuthorizationRequestValidator.first(parameters, "nonce");
        if (nonce != null && nonce.length() > MAX_NONCE_LENGTH) {
            throw refuse.apply(
                    OAuthError.INVALID_REQUEST, "The nonce is too long (at most " + MAX_NONCE_LENGTH + " characters).");
        }
        Set<String> prompt = prompt(AuthorizationRequestValidator.first(parameters, "prompt"), refuse);
        String loginHint = AuthorizationRequestValidator.first(parameters, "login_hint");
        if (loginHint != null && loginHint.length() > MAX_LOGIN_HINT_LENGTH) {
            loginHint = null;
        }
        Long maxAge = maxAge(AuthorizationRequestValidator.first(parameters, "max_age"), refuse);
        return new OpenIdParameters(
                nonce,
                prompt.contains("none"),
                prompt.contains("login"),
                prompt.contains("consent"),
                maxAge == null && defaultMaxAge != null ? Long.valueOf(defaultMaxAge) : maxAge,
                loginHint);
    }

    /** §3.1.2.1: space-delimited values; {@code none} with any other is an error. */
    private static Set<String> prompt(
            String prompt, BiFunction<OAuthError, String, AuthorizationRequestException> refuse) {
        if (prompt == null) {
            return Set.of();
        }
        Set<String> values = Set.of(prompt.trim().split(" +"));
        if (!PROMPTS.containsAll(values)) {
            throw refuse.apply(OAuthError.INVALID_REQUEST, "Unknown prompt value; use none, login or consent.");
        }
        if (values.contains("none") && values.size() > 1) {
            throw refuse.apply(OAuthError.INVALID_REQUEST, "prompt=none cannot be combined with other values.");
        }
        return values;
    }

    private static Long maxAge(String maxAge, BiFunction<OAuthError, String, AuthorizationRequestException> refuse) {
        if (maxAge == null) {
            return null;
        }
        try {
            long seconds = Long.parseLong(maxAge);
            if (seconds >= 0) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // Refused below, like a negative value.
        }
        throw refuse.apply(OAuthError.INVALID_REQUEST, "max_age must be a number of seconds.");
    }
}
