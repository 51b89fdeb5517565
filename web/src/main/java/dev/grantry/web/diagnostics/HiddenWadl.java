package dev.grantry.web.diagnostics;

import dev.grantry.service.settings.GrantrySettings;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Keeps Jersey's WADL (a map of every endpoint, at {@code /application.wadl} and in answers to {@code OPTIONS})
 * from anonymous callers unless {@code grantry.diagnostics.enabled}: an attacker's inventory, of no use to clients,
 * which read the metadata document (RFC 8414). An {@code OPTIONS} request keeps its status and {@code Allow} header
 * without the document; any other WADL answer becomes 404.
 */
@Provider
public class HiddenWadl implements ContainerResponseFilter {

    /** Jersey's WADL media type. */
    static final MediaType WADL = MediaType.valueOf("application/vnd.sun.wadl+xml");

    @Inject
    GrantrySettings settings;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (settings.diagnosticsEnabled()
                || response.getMediaType() == null
                || !WADL.isCompatible(response.getMediaType())) {
            return;
        }
        response.setEntity(null);
        response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        if (!HttpMethod.OPTIONS.equals(request.getMethod())) {
            response.setStatus(Response.Status.NOT_FOUND.getStatusCode());
        }
    }
}
