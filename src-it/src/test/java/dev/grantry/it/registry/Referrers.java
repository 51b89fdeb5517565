package dev.grantry.it.registry;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Pushes an artifact that refers to an image (OCI image spec 1.1: a manifest with {@code subject} and
 * {@code artifactType}) over the registry API with a push token, and the referrers index under the tag schema
 * ({@code sha256-<hex>}) that OCI distribution spec 1.1 has clients use with registries predating the referrers API,
 * as Distribution 2.8 does.
 */
final class Referrers {

    static final String ARTIFACT_TYPE = "application/vnd.grantry.test.sbom";

    private static final String MANIFEST = "application/vnd.oci.image.manifest.v1+json";
    private static final String INDEX = "application/vnd.oci.image.index.v1+json";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Referrers() {}

    static void push(
            LocalRegistry registry,
            String repository,
            String token,
            String subject,
            int subjectSize,
            String referrersTag)
            throws IOException, InterruptedException {
        byte[] config = "{}".getBytes(StandardCharsets.UTF_8);
        byte[] sbom = "{\"packages\":[]}".getBytes(StandardCharsets.UTF_8);
        uploadBlob(registry, repository, token, config);
        uploadBlob(registry, repository, token, sbom);
        byte[] artifact = ("{\"schemaVersion\":2,\"mediaType\":\"" + MANIFEST + "\",\"artifactType\":\""
                        + ARTIFACT_TYPE + "\",\"config\":{\"mediaType\":\"application/vnd.oci.empty.v1+json\","
                        + "\"digest\":\"" + digest(config) + "\",\"size\":" + config.length + "},\"layers\":[{"
                        + "\"mediaType\":\"application/json\",\"digest\":\"" + digest(sbom) + "\",\"size\":"
                        + sbom.length + "}],\"subject\":{\"mediaType\":\"" + MANIFEST + "\",\"digest\":\"" + subject
                        + "\",\"size\":" + subjectSize + "}}")
                .getBytes(StandardCharsets.UTF_8);
        putManifest(registry, repository, token, digest(artifact), MANIFEST, artifact);
        byte[] index = ("{\"schemaVersion\":2,\"mediaType\":\"" + INDEX + "\",\"manifests\":[{\"mediaType\":\""
                        + MANIFEST + "\",\"digest\":\"" + digest(artifact) + "\",\"size\":" + artifact.length
                        + ",\"artifactType\":\"" + ARTIFACT_TYPE + "\"}]}")
                .getBytes(StandardCharsets.UTF_8);
        putManifest(registry, repository, token, referrersTag, INDEX, index);
    }

    /** A monolithic upload: POST for an upload address, then PUT the content with its digest. */
    private static void uploadBlob(LocalRegistry registry, String repository, String token, byte[] content)
            throws IOException, InterruptedException {
        HttpResponse<String> started = expect(
                202,
                request(registry, "/v2/" + repository + "/blobs/uploads/", token)
                        .POST(HttpRequest.BodyPublishers.noBody()));
        String location = started.headers().firstValue("Location").orElseThrow();
        URI upload = URI.create("http://" + registry.address()).resolve(location);
        String put = upload + (upload.getQuery() == null ? "?" : "&") + "digest=" + digest(content);
        expect(
                201,
                HttpRequest.newBuilder(URI.create(put))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/octet-stream")
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    private static void putManifest(
            LocalRegistry registry, String repository, String token, String reference, String type, byte[] manifest)
            throws IOException, InterruptedException {
        expect(
                201,
                request(registry, "/v2/" + repository + "/manifests/" + reference, token)
                        .header("Content-Type", type)
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(manifest)));
    }

    private static HttpRequest.Builder request(LocalRegistry registry, String path, String token) {
        return HttpRequest.newBuilder(URI.create("http://" + registry.address() + path))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token);
    }

    private static HttpResponse<String> expect(int status, HttpRequest.Builder request)
            throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != status) {
            throw new IllegalStateException(
                    request.build().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    static String digest(byte[] content) {
        return "sha256:" + OciLayout.sha256(content);
    }
}
