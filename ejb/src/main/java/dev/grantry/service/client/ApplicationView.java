package dev.grantry.service.client;

import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.GrantType;
import dev.grantry.persistence.scope.Scopes;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An application as pages and APIs show it, in the protocol's words (RFC 7591
 * <a href="https://www.rfc-editor.org/rfc/rfc7591#section-2">§2</a>); never its secret's hash.
 *
 * @param owner the username of whoever registered it, {@code null} for an anonymous registration
 * @param clientType {@code confidential} or {@code public} (RFC 6749 §2.1)
 * @param tokenEndpointAuthMethod e.g. {@code client_secret_basic}
 * @param status {@code pending}, {@code active} or {@code disabled}
 * @param grantTypes the {@code grant_type} values it may use, sorted
 * @param scopes the scopes it may ask for, sorted
 * @param postLogoutRedirectUris where RP-initiated logout may send users back to (OpenID Connect)
 * @param defaultMaxAge the OpenID Connect {@code max_age} of requests that send none; {@code null} for none
 */
public record ApplicationView(
        String clientId,
        String name,
        String website,
        String owner,
        String clientType,
        String tokenEndpointAuthMethod,
        String status,
        Instant createdAt,
        List<String> redirectUris,
        Set<String> grantTypes,
        Set<String> scopes,
        List<String> postLogoutRedirectUris,
        Integer defaultMaxAge)
        implements Serializable {

    static ApplicationView of(Application application) {
        return new ApplicationView(
                application.getClientId(),
                application.getName(),
                application.getWebsite(),
                application.getOwner() == null ? null : application.getOwner().getUsername(),
                lowerCase(application.getClientType()),
                application.getTokenEndpointAuthMethod().value(),
                lowerCase(application.getStatus()),
                application.getCreatedAt(),
                application.getRedirectUris(),
                application.getGrantTypes().stream()
                        .map(GrantType::value)
                        .collect(Collectors.toCollection(TreeSet::new)),
                new TreeSet<>(application.getScopes()),
                application.getPostLogoutRedirectUris(),
                application.getDefaultMaxAge());
    }

    /** The scopes, space separated (RFC 6749 §3.3). */
    public String scope() {
        return Scopes.format(scopes);
    }

    /** The {@code response_types} it may use: {@code code} with the authorization code grant, else none. */
    public List<String> responseTypes() {
        return grantTypes.contains(GrantType.AUTHORIZATION_CODE.value()) ? List.of("code") : List.of();
    }

    private static String lowerCase(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
