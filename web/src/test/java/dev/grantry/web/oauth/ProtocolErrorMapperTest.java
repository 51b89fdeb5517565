package dev.grantry.web.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.grantry.web.testing.Bodies;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProtocolErrorMapperTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "oauth/token",
                "/oauth/token",
                "login/oauth/access_token",
                "/login/oauth/access_token",
                "oauth/revoke",
                "/oauth/introspect"
            })
    void whenJaxRsRefusesATokenStyleRequestThenItIsInvalidRequestJson(String path) {
        Response response = mapperAt(path).toResponse(new NotAllowedException("POST"));

        assertEquals(400, response.getStatus());
        assertEquals(MediaType.APPLICATION_JSON_TYPE, response.getMediaType());
        assertEquals("no-store", response.getHeaderString(HttpHeaders.CACHE_CONTROL));
        JsonObject json = Bodies.json(response);
        assertEquals("invalid_request", json.getString("error"));
        assertEquals("The request is not a token request (HTTP 405).", json.getString("error_description"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"oauth/token"})
    void whenTheMediaTypeIsRefusedOnTheTokenEndpointThenItsStatusIsNamedInTheDescription(String path) {
        Response unsupported = mapperAt(path).toResponse(new NotSupportedException());
        Response unacceptable = mapperAt(path).toResponse(new NotAcceptableException());

        assertEquals(
                "The request is not a token request (HTTP 415).",
                Bodies.json(unsupported).getString("error_description"));
        assertEquals(
                "The request is not a token request (HTTP 406).",
                Bodies.json(unacceptable).getString("error_description"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"api/v1/user", "/oauth/register", "oauth/tokens", "oauth/token/x", "", "/"})
    void whenJaxRsRefusesAnotherRequestThenItsOwnAnswerStands(String path) {
        ClientErrorException notFound = new NotFoundException();

        Response response = mapperAt(path).toResponse(notFound);

        assertSame(notFound.getResponse(), response);
        assertEquals(404, response.getStatus());
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-such-page", "/admin/no-such-page"})
    void whenJaxRsRefusesAnotherRequestWithoutABodyThenTheServersErrorPageAnswers(String path) throws Exception {
        ProtocolErrorMapper mapper = mapperAt(path);

        mapper.toResponse(new NotFoundException());

        verify(mapper.servletResponse).sendError(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"api/v1/user", "/admin/api/audit"})
    void whenJaxRsRefusesABearerRequestThenItsHeadersStandWithoutTheErrorPage(String path) throws Exception {
        ProtocolErrorMapper mapper = mapperAt(path);
        ClientErrorException unauthorized = new NotAuthorizedException("Bearer");

        Response response = mapper.toResponse(unauthorized);

        assertSame(unauthorized.getResponse(), response);
        verify(mapper.servletResponse, never()).sendError(anyInt());
    }

    private static ProtocolErrorMapper mapperAt(String path) {
        ProtocolErrorMapper mapper = new ProtocolErrorMapper();
        mapper.uriInfo = mock(UriInfo.class);
        mapper.servletResponse = mock(HttpServletResponse.class);
        when(mapper.uriInfo.getPath(false)).thenReturn(path);
        return mapper;
    }
}
