package dev.grantry.service.client;

import java.io.Serializable;
import java.util.List;

/**
 * The OpenID Connect metadata of an application (Dynamic Client Registration 1.0
 * <a href="https://openid.net/specs/openid-connect-registration-1_0.html#ClientMetadata">§2</a>, RP-Initiated Logout
 * 1.0 <a href="https://openid.net/specs/openid-connect-rpinitiated-1_0.html#ClientMetadata">§3.1</a>) that Grantry
 * keeps, as asked or as registered.
 *
 * @param postLogoutRedirectUris where the end-session endpoint may send the user back to, exactly as registered
 * @param idTokenSignedResponseAlg the ID token algorithm asked for; {@code null} for the server's
 * @param defaultMaxAge the {@code max_age} in seconds of requests that send none; {@code null} for none
 */
public record OpenIdClientMetadata(
        List<String> postLogoutRedirectUris, String idTokenSignedResponseAlg, Integer defaultMaxAge)
        implements Serializable {

    /** No OpenID Connect metadata. */
    public static final OpenIdClientMetadata NONE = new OpenIdClientMetadata(List.of(), null, null);

    public OpenIdClientMetadata {
        postLogoutRedirectUris = postLogoutRedirectUris == null ? List.of() : List.copyOf(postLogoutRedirectUris);
    }
}
