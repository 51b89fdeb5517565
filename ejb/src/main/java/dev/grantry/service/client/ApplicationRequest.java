package dev.grantry.service.client;

import dev.grantry.persistence.client.TokenEndpointAuthMethod;
import java.util.List;
import java.util.Set;

/**
 * What a person or a client asks an application to be: the metadata of RFC 7591
 * <a href="https://www.rfc-editor.org/rfc/rfc7591#section-2">§2</a>, as sent. {@code grantTypes} {@code null} means
 * authorization_code and refresh_token; {@code scope} is space separated (RFC 6749 §3.3), {@code null} for none;
 * {@code authMethod} {@link TokenEndpointAuthMethod#NONE} makes a public client, any other a confidential one.
 * {@link ApplicationService} checks every field.
 */
public record ApplicationRequest(String name, String website, String description, List<String> redirectUris,
        Set<String> grantTypes, String scope, TokenEndpointAuthMethod authMethod) {
}
