package dev.grantry.web.oauth;

import dev.grantry.service.client.ApplicationRequest;
import dev.grantry.service.client.ApplicationService;
import dev.grantry.service.client.IssuedCredentials;
import dev.grantry.service.client.Registrant;
import dev.grantry.service.client.RegistrationAccess;
import dev.grantry.service.client.RegistrationLimit;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.settings.GrantrySettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;

/**
 * Dynamic client registration, RFC 7591 <a href="https://www.rfc-editor.org/rfc/rfc7591#section-3">§3</a>, and its
 * management, RFC 7592 <a href="https://www.rfc-editor.org/rfc/rfc7592#section-2">§2</a>, at
 * {@code /oauth/register/<client_id>} with the registration access token. Who may register, and with whose
 * authority (the initial access token's holder counts as an administrator), is {@link RegistrationAccess}'s decision.
 */
@Path("/oauth/register")
@RequestScoped
@NoStore
public class RegistrationEndpoint {

    @Inject
    ApplicationService applications;

    @Inject
    RegistrationAccess access;

    @Inject
    RegistrationLimit limit;

    @Inject
    GrantrySettings settings;

    /** RFC 7591 §3.1: registers an application; 201 with its credentials (§3.2.1). */
    @POST
    public Response register(
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Context HttpServletRequest http,
            InputStream body) {
        limit.count(http.getRemoteAddr());
        Registrant registrant = access.check(BearerCredentials.token(authorization));
        ApplicationRequest request = ClientMetadata.parse(RequestBodies.json(contentType, body));
        IssuedCredentials issued = applications.register(request, registrant);
        String uri = registrationClientUri(issued.application().clientId());
        return answer(
                Response.created(URI.create(uri)),
                ClientMetadata.write(issued, uri, settings.signingAlgorithm()).toString());
    }

    /** RFC 7592 §2.1: the registered metadata; never the client secret. */
    @GET
    @Path("{clientId}")
    public Response read(
            @PathParam("clientId") String clientId, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        String token = BearerCredentials.token(authorization);
        var application = applications.readRegistration(clientId, token);
        return answer(
                Response.ok(),
                ClientMetadata.write(
                                new IssuedCredentials(application, null, token),
                                registrationClientUri(clientId),
                                settings.signingAlgorithm())
                        .toString());
    }

    /** RFC 7592 §2.2: replaces the metadata with the body's, which must name the same client_id. */
    @PUT
    @Path("{clientId}")
    public Response replace(
            @PathParam("clientId") String clientId,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            InputStream body) {
        String token = BearerCredentials.token(authorization);
        applications.readRegistration(clientId, token);
        String json = RequestBodies.json(contentType, body);
        if (!clientId.equals(ClientMetadata.clientId(json))) {
            throw new OAuthException(
                    OAuthError.INVALID_CLIENT_METADATA, "The body's client_id must be the client_id being updated.");
        }
        IssuedCredentials issued = applications.replaceRegistration(clientId, token, ClientMetadata.parse(json));
        return answer(
                Response.ok(),
                ClientMetadata.write(issued, registrationClientUri(clientId), settings.signingAlgorithm())
                        .toString());
    }

    /** RFC 7592 §2.3: deletes the application; 204. */
    @DELETE
    @Path("{clientId}")
    public Response delete(
            @PathParam("clientId") String clientId, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        applications.deleteRegistration(clientId, BearerCredentials.token(authorization));
        return Response.noContent().build();
    }

    private String registrationClientUri(String clientId) {
        return settings.issuer() + "/oauth/register/" + clientId;
    }

    private static Response answer(Response.ResponseBuilder response, String json) {
        return response.type(MediaType.APPLICATION_JSON_TYPE).entity(json).build();
    }
}
