package dev.grantry.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;

/**
 * An application under test (Grantry, or one deployed beside it), reached over real HTTP on loopback. Redirects are
 * not followed, so tests see them.
 */
public final class Server {

    private final URI base;
    private final HttpClient http;

    private Server(URI base, HttpClient http) {
        this.base = base;
        this.http = http;
    }

    /** The application at {@code base} (an address on 127.0.0.1). */
    public static Server at(URI base) {
        return new Server(base, client().build());
    }

    /** The application at the {@code https} address {@code base}, whose certificate {@code tls} trusts. */
    public static Server overTls(URI base, SSLContext tls) {
        return new Server(base, client().sslContext(tls).build());
    }

    private static HttpClient.Builder client() {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10));
    }

    /** The application deployed beside this one at {@code contextRoot} (which starts with a slash). */
    public Server deployedAt(String contextRoot) {
        return new Server(URI.create(url(contextRoot)), http);
    }

    /** The absolute URL of {@code path} (which starts with a slash). */
    public String url(String path) {
        String root = base.toString();
        return (root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + path;
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30));
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    public HttpResponse<String> postForm(String path, Map<String, String> form) {
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(form)))
                .build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String formBody(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
