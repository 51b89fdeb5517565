package dev.grantry.it.registry;

import dev.grantry.it.support.ChildProcess;
import dev.grantry.it.support.Server;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Debian's CNCF Distribution 2.8 ({@code /usr/bin/docker-registry}) on 127.0.0.1, storing in a fresh directory and
 * trusting the tokens of the Grantry under test: its realm is Grantry's {@code /v2/auth}, its root certificate bundle
 * what Grantry serves at {@code /v2/auth/certs.pem} when the registry starts.
 */
final class LocalRegistry implements AutoCloseable {

    static final String BINARY = "/usr/bin/docker-registry";

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final int port;
    private final ChildProcess process;
    private final Path log;

    private LocalRegistry(int port, ChildProcess process, Path log) {
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Starts the registry for {@code service} on {@code port} in {@code directory}, and waits until it answers. */
    static LocalRegistry start(Server grantry, String service, int port, Path directory)
            throws IOException, InterruptedException {
        Files.createDirectories(directory.resolve("data"));
        HttpResponse<String> certificates = grantry.get("/v2/auth/certs.pem");
        if (certificates.statusCode() != 200 || !certificates.body().contains("BEGIN CERTIFICATE")) {
            throw new IllegalStateException("No certificate bundle: " + certificates.statusCode());
        }
        Path bundle = Files.writeString(directory.resolve("certs.pem"), certificates.body());
        String issuer = grantry.url("");
        Path config = Files.writeString(
                directory.resolve("config.yml"),
                String.join(
                        "\n",
                        "version: 0.1",
                        "log:",
                        "  level: info",
                        "storage:",
                        "  filesystem:",
                        "    rootdirectory: " + directory.resolve("data"),
                        "  delete:",
                        "    enabled: true",
                        "http:",
                        "  addr: 127.0.0.1:" + port,
                        "  secret: grantry-registry-it-secret",
                        "auth:",
                        "  token:",
                        "    realm: " + grantry.url("/v2/auth"),
                        "    service: " + service,
                        "    issuer: " + issuer,
                        "    rootcertbundle: " + bundle,
                        ""));
        Path log = directory.resolve("registry.log");
        Process started = new ProcessBuilder(BINARY, "serve", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        LocalRegistry registry =
                new LocalRegistry(port, new ChildProcess(started, "registry", Duration.ofSeconds(10)), log);
        registry.awaitReady();
        return registry;
    }

    private void awaitReady() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                if (get("/v2/", null).statusCode() == 401) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The registry did not start: " + Files.readString(log));
    }

    /** {@code host:port} of the registry, as image references name it. */
    String address() {
        return "127.0.0.1:" + port;
    }

    /** A request to the registry's API with {@code bearer} as the token, or none. */
    HttpResponse<String> get(String path, String bearer) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + address() + path))
                .timeout(Duration.ofSeconds(10))
                .header(
                        "Accept",
                        "application/vnd.oci.image.manifest.v1+json, application/vnd.oci.image.index.v1+json");
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() {
        process.close();
    }
}
