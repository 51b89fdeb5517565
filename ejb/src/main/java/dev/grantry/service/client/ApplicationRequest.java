package dev.grantry.service.client;

import java.util.List;
import java.util.Set;

/**
 * What a person or a client asks an application to be: the metadata of RFC 7591
 * <a href="https://www.rfc-editor.org/rfc/rfc7591#section-2">§2</a>, as sent; {@link ApplicationService} checks
 * every field.
 *
 * @param grantTypes {@code grant_type} values; {@code null} for the default (authorization_code and refresh_token,
 *        or authorization_code alone for RFC 7591 registration, §2)
 * @param scope space separated (RFC 6749 §3.3), {@code null} for none
 * @param authMethod the {@code token_endpoint_auth_method}: {@code none} makes a public client, any other a
 *        confidential one; {@code null} for {@code client_secret_basic}
 * @param openId the OpenID Connect metadata
 */
public record ApplicationRequest(
        String name,
        String website,
        String description,
        List<String> redirectUris,
        Set<String> grantTypes,
        String scope,
        String authMethod,
        OpenIdClientMetadata openId) {

    public ApplicationRequest {
        openId = openId == null ? OpenIdClientMetadata.NONE : openId;
    }

    /** A request without OpenID Connect metadata (Gancio's registration has none). */
    public ApplicationRequest(
            String name,
            String website,
            String description,
            List<String> redirectUris,
            Set<String> grantTypes,
            String scope,
            String authMethod) {
        this(name, website, description, redirectUris, grantTypes, scope, authMethod, OpenIdClientMetadata.NONE);
    }
}
