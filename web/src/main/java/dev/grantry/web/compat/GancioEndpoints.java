package dev.grantry.web.compat;

import static dev.grantry.web.JsonFactory.JSON;

import dev.grantry.service.client.ApplicationRequest;
import dev.grantry.service.client.ApplicationService;
import dev.grantry.service.client.ApplicationView;
import dev.grantry.service.client.IssuedCredentials;
import dev.grantry.service.client.Registrant;
import dev.grantry.service.client.RegistrationAccess;
import dev.grantry.service.client.RegistrationLimit;
import dev.grantry.web.oauth.BearerCredentials;
import dev.grantry.web.oauth.NoStore;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;

/**
 * Gancio's client registration, {@code POST /api/client} (Gancio's OAuth "Create client" documentation): form
 * fields in, {@code {name, scopes, website, client_secret, redirect_uris, client_id}} out. Gancio clients send their
 * secret in the token request's form, so the application authenticates with {@code client_secret_post}.
 */
@Path("/api/client")
@RequestScoped
@NoStore
public class GancioEndpoints {

    static final String DEFAULT_SCOPE = "event:write";
    /** Gancio's clients post their secret in the token request's form (RFC 6749 §2.3.1). */
    static final String CLIENT_SECRET_POST = "client_secret_post";

    @Inject
    ApplicationService applications;

    @Inject
    RegistrationAccess access;

    @Inject
    RegistrationLimit limit;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createClient(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @FormParam("client_name") String name,
            @FormParam("redirect_uris") String redirectUris,
            @FormParam("scopes") String scopes,
            @FormParam("website") String website,
            @Context HttpServletRequest request) {
        limit.count(request.getRemoteAddr());
        Registrant registrant = access.check(BearerCredentials.token(authorization));
        IssuedCredentials issued = applications.registerForGancio(
                new ApplicationRequest(
                        name,
                        website,
                        null,
                        words(redirectUris),
                        null,
                        scopes == null || scopes.isBlank() ? DEFAULT_SCOPE : scopes,
                        CLIENT_SECRET_POST),
                registrant);
        ApplicationView application = issued.application();
        var json = JSON.createObjectBuilder()
                .add("name", application.name())
                .add("scopes", application.scope())
                .add("website", application.website() == null ? "" : application.website())
                .add("client_secret", issued.clientSecret())
                .add("redirect_uris", String.join(" ", application.redirectUris()))
                .add("client_id", application.clientId())
                .build();
        return Response.ok(json.toString(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static List<String> words(String value) {
        return value == null || value.isBlank()
                ? List.of()
                : Arrays.asList(value.trim().split("\\s+"));
    }
}
