package dev.grantry.it.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.it.support.GrantryIT;
import dev.grantry.it.support.Server;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The public documents (JWK Set, server metadata, OpenID configuration) carry an {@code ETag}: a client that has
 * the current version gets {@code 304 Not Modified} without a body, and caches may keep them for five minutes.
 */
@GrantryIT
class PublishedDocumentsIT {

    private static final List<String> DOCUMENTS = List.of(
            "/oauth/jwks",
            "/login/oauth/keys",
            "/.well-known/oauth-authorization-server",
            "/.well-known/openid-configuration");

    private final Server server;

    PublishedDocumentsIT(Server server) {
        this.server = server;
    }

    @Test
    void whenTheClientHasTheCurrentVersionThen304WithoutABodyElseTheDocumentWithItsEtag() {
        for (String path : DOCUMENTS) {
            HttpResponse<String> document = server.get(path);
            String etag = document.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(path));

            HttpResponse<String> unchanged = server.send(
                    server.request(path).header("If-None-Match", etag).GET().build());
            HttpResponse<String> outdated = server.send(server.request(path)
                    .header("If-None-Match", "\"an-older-version\"")
                    .GET()
                    .build());

            assertEquals(200, document.statusCode(), path);
            assertTrue(document.body().startsWith("{"), path);
            assertEquals(
                    "public, max-age=300",
                    document.headers().firstValue("Cache-Control").orElse(""),
                    path);
            assertEquals(304, unchanged.statusCode(), path);
            assertEquals("", unchanged.body(), path);
            assertEquals(etag, unchanged.headers().firstValue("ETag").orElse(""), path);
            assertEquals(200, outdated.statusCode(), path);
            assertEquals(document.body(), outdated.body(), path);
        }
    }
}
