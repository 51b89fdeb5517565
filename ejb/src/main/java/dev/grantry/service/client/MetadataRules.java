package dev.grantry.service.client;

import dev.grantry.persistence.client.GrantType;
import dev.grantry.persistence.client.TokenEndpointAuthMethod;
import dev.grantry.persistence.scope.MalformedScopeException;
import dev.grantry.persistence.scope.Scopes;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks and tidies an {@link ApplicationRequest} (RFC 7591 <a href="https://www.rfc-editor.org/rfc/rfc7591#section-2">
 * §2</a>): sizes first, so that oversized input is refused before any work, then each rule.
 */
final class MetadataRules {

    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 2000;
    static final int MAX_REDIRECT_URIS = 20;
    static final int MAX_SCOPES = 50;
    static final int MAX_SCOPE = 64;

    private MetadataRules() {}

    /**
     * The request with trimmed values, defaults filled in and names typed.
     *
     * @param knownScopes the names of every scope that exists
     * @param defaultGrantTypes the grant types of a request that names none
     * @throws OAuthException {@code invalid_client_metadata} or {@code invalid_redirect_uri}
     */
    static ApplicationMetadata check(
            ApplicationRequest request, Set<String> knownScopes, Set<GrantType> defaultGrantTypes) {
        TokenEndpointAuthMethod authMethod = checkAuthMethod(request.authMethod());
        String name = trimToNull(request.name());
        if (name == null) {
            throw invalid("An application needs a name (client_name).");
        }
        if (name.length() > MAX_NAME) {
            throw invalid("A name is at most " + MAX_NAME + " characters.");
        }
        String website = checkWebsite(trimToNull(request.website()));
        String description = trimToNull(request.description());
        if (description != null && description.length() > MAX_TEXT) {
            throw invalid("A description is at most " + MAX_TEXT + " characters.");
        }
        List<String> redirectUris = checkRedirectUris(request.redirectUris());
        Set<GrantType> grantTypes =
                request.grantTypes() == null ? defaultGrantTypes : checkGrantTypes(request.grantTypes(), authMethod);
        if (grantTypes.contains(GrantType.AUTHORIZATION_CODE) && redirectUris.isEmpty()) {
            throw new OAuthException(
                    OAuthError.INVALID_REDIRECT_URI, "The authorization_code grant needs at least one redirect URI.");
        }
        Set<String> scopes = checkScopes(request.scope(), knownScopes);
        return new ApplicationMetadata(name, website, description, redirectUris, grantTypes, scopes, authMethod);
    }

    private static String checkWebsite(String website) {
        if (website == null) {
            return null;
        }
        if (website.length() > MAX_TEXT) {
            throw invalid("A website address is at most " + MAX_TEXT + " characters.");
        }
        try {
            URI uri = new URI(website);
            if (("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null) {
                return website;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw invalid("A website is an http or https address.");
    }

    private static List<String> checkRedirectUris(List<String> requested) {
        return checkUris(requested, MAX_REDIRECT_URIS, "redirect URIs");
    }

    /**
     * Redirect URIs, or URIs held to the same rules ({@link RedirectUriPolicy}): trimmed, without duplicates, at most
     * {@code max}; none when {@code null}.
     *
     * @param what what they are, for the error
     * @throws OAuthException {@code invalid_redirect_uri}
     */
    static List<String> checkUris(List<String> requested, int max, String what) {
        if (requested == null) {
            return List.of();
        }
        if (requested.size() > max) {
            throw new OAuthException(
                    OAuthError.INVALID_REDIRECT_URI, "An application has at most " + max + " " + what + ".");
        }
        Set<String> uris = new LinkedHashSet<>();
        for (String uri : requested) {
            String trimmed = trimToNull(uri);
            RedirectUriPolicy.validate(trimmed);
            uris.add(trimmed);
        }
        return new ArrayList<>(uris);
    }

    private static TokenEndpointAuthMethod checkAuthMethod(String requested) {
        if (requested == null) {
            return TokenEndpointAuthMethod.CLIENT_SECRET_BASIC;
        }
        return TokenEndpointAuthMethod.fromValue(requested)
                .orElseThrow(() ->
                        invalid("token_endpoint_auth_method is client_secret_basic, client_secret_post or none."));
    }

    private static Set<GrantType> checkGrantTypes(Set<String> requested, TokenEndpointAuthMethod authMethod) {
        if (requested.isEmpty()) {
            throw invalid("An application needs at least one grant type.");
        }
        Set<GrantType> grantTypes = EnumSet.noneOf(GrantType.class);
        for (String value : requested) {
            grantTypes.add(GrantType.fromValue(value)
                    .orElseThrow(() -> invalid("Unsupported grant type "
                            + shorten(String.valueOf(value))
                            + "; use authorization_code, refresh_token or client_credentials.")));
        }
        if (authMethod == TokenEndpointAuthMethod.NONE && grantTypes.contains(GrantType.CLIENT_CREDENTIALS)) {
            throw invalid("A public client (token_endpoint_auth_method none) cannot use client_credentials.");
        }
        return Set.copyOf(grantTypes);
    }

    private static Set<String> checkScopes(String scope, Set<String> knownScopes) {
        Set<String> requested;
        try {
            requested = Scopes.parse(scope);
        } catch (MalformedScopeException e) {
            throw invalid(e.getMessage());
        }
        if (requested.size() > MAX_SCOPES) {
            throw invalid("An application has at most " + MAX_SCOPES + " scopes.");
        }
        for (String name : requested) {
            if (name.length() > MAX_SCOPE || !knownScopes.contains(name)) {
                throw invalid("Unknown scope " + shorten(name) + ".");
            }
        }
        return requested;
    }

    static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String shorten(String value) {
        return value.length() <= 64 ? value : value.substring(0, 64) + "…";
    }

    private static OAuthException invalid(String description) {
        return new OAuthException(OAuthError.INVALID_CLIENT_METADATA, description);
    }
}
