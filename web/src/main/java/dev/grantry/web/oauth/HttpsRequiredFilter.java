package dev.grantry.web.oauth;

import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.settings.GrantrySettings;
import dev.grantry.web.address.PublicAddress;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * With an {@code https://} issuer, refuses a {@link NoStore} endpoint's request that did not come over HTTPS with
 * {@code invalid_request}, before anything of it (a client secret, a code, a token) is read: RFC 6749
 * <a href="https://www.rfc-editor.org/rfc/rfc6749#section-3.2">§3.2</a> and
 * <a href="https://www.rfc-editor.org/rfc/rfc6749#section-2.3.1">§2.3.1</a> require TLS for those requests, and
 * docker.io's clients expect "all OAuth interactions" over HTTPS. A request came over HTTPS when TLS ended at this
 * server, or when a trusted proxy ({@code grantry.trusted-proxies}) that ended TLS forwards it with
 * {@code X-Forwarded-Proto: https}; the header from anybody else is ignored, since any client can send it.
 */
@Provider
@NoStore
@Priority(Priorities.AUTHENTICATION - 100)
public class HttpsRequiredFilter implements ContainerRequestFilter {

    static final String FORWARDED_PROTO = "X-Forwarded-Proto";

    @Inject
    PublicAddress publicAddress;

    @Inject
    GrantrySettings settings;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (publicAddress.isHttps() && !overHttps()) {
            throw new OAuthException(
                    OAuthError.INVALID_REQUEST,
                    "This endpoint must be called over HTTPS (" + publicAddress.of("") + ").");
        }
    }

    private boolean overHttps() {
        if (request.isSecure()) {
            return true;
        }
        String forwarded = request.getHeader(FORWARDED_PROTO);
        // A chain of proxies may list one protocol each; the first is what the client used.
        return forwarded != null
                && settings.trustedProxies().contains(request.getRemoteAddr())
                && forwarded.split(",")[0].trim().equalsIgnoreCase("https");
    }
}
