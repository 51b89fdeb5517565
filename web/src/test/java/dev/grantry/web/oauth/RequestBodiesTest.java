package dev.grantry.web.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.web.testing.Bodies;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestBodiesTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String JSON = "application/json";

    @Test
    void whenBodyIsAFormThenItsParametersAreRead() {
        Map<String, String> parameters = RequestBodies.parameters(
                FORM, Bodies.of("grant_type=authorization_code&code=abc&redirect_uri=https%3A%2F%2Fapp.example%2Fcb"));

        assertEquals(
                Map.of("grant_type", "authorization_code", "code", "abc", "redirect_uri", "https://app.example/cb"),
                parameters);
    }

    @Test
    void whenBodyIsAJsonObjectThenItsMembersAreRead() {
        Map<String, String> parameters = RequestBodies.parameters(
                JSON, Bodies.of("{\"grant_type\":\"refresh_token\",\"refresh_token\":\"r1\"}"));

        assertEquals(Map.of("grant_type", "refresh_token", "refresh_token", "r1"), parameters);
    }

    @Test
    void whenContentTypeHasParametersAndCapitalsThenTheMediaTypeStillMatches() {
        Map<String, String> parameters =
                RequestBodies.parameters(" Application/X-WWW-Form-URLEncoded ; charset=UTF-8", Bodies.of("token=t"));

        assertEquals(Map.of("token", "t"), parameters);
    }

    @Test
    void whenContentTypeIsAnotherMediaTypeThenInvalidRequest() {
        OAuthException e =
                assertThrows(OAuthException.class, () -> RequestBodies.parameters("text/plain", Bodies.of("token=t")));

        assertEquals(OAuthError.INVALID_REQUEST, e.error());
    }

    @Test
    void whenContentTypeIsMissingThenInvalidRequest() {
        OAuthException e =
                assertThrows(OAuthException.class, () -> RequestBodies.parameters(null, Bodies.of("token=t")));

        assertEquals(OAuthError.INVALID_REQUEST, e.error());
    }

    @Test
    void whenFormBodyIsMissingThenThereAreNoParameters() {
        assertEquals(Map.of(), RequestBodies.parameters(FORM, null));
    }

    @Test
    void whenBodyHasUtf8TextThenItIsDecodedAsUtf8() {
        Map<String, String> form = RequestBodies.parameters(FORM, Bodies.of("name=J%C3%BCrgen&city=Zürich"));
        Map<String, String> json = RequestBodies.parameters(JSON, Bodies.of("{\"name\":\"Jürgen 漢字\"}"));

        assertEquals(Map.of("name", "Jürgen", "city", "Zürich"), form);
        assertEquals(Map.of("name", "Jürgen 漢字"), json);
    }

    @Test
    void whenBodyIsExactlyTheLimitThenItIsRead() {
        String value = "a".repeat(RequestBodies.MAX_BYTES - "token=".length());

        assertEquals(
                value,
                RequestBodies.parameters(FORM, Bodies.of("token=" + value)).get("token"));
    }

    @Test
    void whenBodyIsOneByteOverTheLimitThenInvalidRequestAndTheBodyIsDrained() {
        CountingStream body = new CountingStream(RequestBodies.MAX_BYTES + 1 + 100_000);

        OAuthException e = assertThrows(OAuthException.class, () -> RequestBodies.parameters(FORM, body));

        assertEquals(OAuthError.INVALID_REQUEST, e.error());
        assertTrue(e.description().contains("larger than 64 KB"), e.description());
        assertEquals(body.size, body.read, "the whole body is read, so that the client gets to read the answer");
    }

    @Test
    void whenBodyIsEndlessThenDrainingStopsAtItsBound() {
        CountingStream endless = new CountingStream(Long.MAX_VALUE);

        assertThrows(OAuthException.class, () -> RequestBodies.parameters(FORM, endless));

        assertTrue(endless.read > RequestBodies.MAX_DRAINED, "read on past the limit: " + endless.read);
        assertTrue(
                endless.read <= RequestBodies.MAX_BYTES + 1 + RequestBodies.MAX_DRAINED + 8192,
                "stopped at the bound: " + endless.read);
    }

    @Test
    void whenBodyCannotBeReadThenTheEndpointsOwnError() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };

        OAuthException parameters = assertThrows(OAuthException.class, () -> RequestBodies.parameters(FORM, broken));
        OAuthException metadata = assertThrows(OAuthException.class, () -> RequestBodies.json(JSON, broken));

        assertEquals(OAuthError.INVALID_REQUEST, parameters.error());
        assertEquals(OAuthError.INVALID_CLIENT_METADATA, metadata.error());
    }

    @Test
    void whenClientMetadataIsJsonThenItsTextIsReturned() {
        String metadata = "{\"client_name\":\"Zoë's app\"}";

        assertEquals(metadata, RequestBodies.json("application/json; charset=utf-8", Bodies.of(metadata)));
    }

    @Test
    void whenClientMetadataIsNotJsonThenInvalidClientMetadata() {
        OAuthException form = assertThrows(OAuthException.class, () -> RequestBodies.json(FORM, Bodies.of("a=b")));
        OAuthException none = assertThrows(OAuthException.class, () -> RequestBodies.json(null, Bodies.of("{}")));

        assertEquals(OAuthError.INVALID_CLIENT_METADATA, form.error());
        assertEquals(OAuthError.INVALID_CLIENT_METADATA, none.error());
    }

    @Test
    void whenClientMetadataIsOverTheLimitThenInvalidClientMetadata() {
        OAuthException e = assertThrows(
                OAuthException.class, () -> RequestBodies.json(JSON, new CountingStream(RequestBodies.MAX_BYTES + 1)));

        assertEquals(OAuthError.INVALID_CLIENT_METADATA, e.error());
    }

    /** A body of {@code size} bytes of {@code a} that counts how many were read. */
    private static final class CountingStream extends InputStream {

        final long size;
        long read;

        CountingStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read == size) {
                return -1;
            }
            read++;
            return 'a';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (read == size) {
                return -1;
            }
            int count = (int) Math.min(length, size - read);
            Arrays.fill(buffer, offset, offset + count, (byte) 'a');
            read += count;
            return count;
        }
    }
}
