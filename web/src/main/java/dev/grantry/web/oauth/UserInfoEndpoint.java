package dev.grantry.web.oauth;

import static dev.grantry.web.JsonFactory.JSON;

import dev.grantry.service.oidc.UserInfoService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Map;

/**
 * The UserInfo endpoint (OpenID Connect Core 1.0
 * <a href="https://openid.net/specs/openid-connect-core-1_0.html#UserInfo">§5.3</a>) at {@code /oauth/userinfo} and
 * Gitea's {@code /login/oauth/userinfo}: GET or POST with a bearer token holding {@code openid}, in the
 * {@code Authorization} header or, with POST, as the form parameter {@code access_token} (RFC 6750 §2.1, §2.2). A
 * request without a token gets a bare {@code WWW-Authenticate: Bearer} challenge (RFC 6750 §3.1); refused tokens
 * get the error in it ({@link OAuthErrorMapper}).
 */
@Path("{alias: oauth/userinfo|login/oauth/userinfo}")
@Produces(MediaType.APPLICATION_JSON)
@NoStore
public class UserInfoEndpoint {

    @Inject
    UserInfoService userInfo;

    @GET
    public Response get(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return claims(BearerCredentials.token(authorization));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response post(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            InputStream body) {
        String token = BearerCredentials.token(authorization);
        if (token == null) {
            Map<String, String> parameters = RequestBodies.parameters(contentType, body);
            token = parameters.get("access_token");
        }
        return claims(token);
    }

    private Response claims(String token) {
        if (token == null || token.isEmpty()) {
            throw new NotAuthorizedException("Bearer realm=\"grantry\"");
        }
        return Response.ok(
                        JSON.createObjectBuilder(userInfo.claims(token)).build().toString())
                .build();
    }
}
