package dev.grantry.it.registry;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;

/**
 * A tiny image made by the test, no download: an OCI image layout directory (OCI image spec "image-layout") with one
 * uncompressed tar layer holding one file, a config, a manifest and an index naming it by a tag.
 */
final class OciLayout {

    static final String MANIFEST = "application/vnd.oci.image.manifest.v1+json";

    private final Path directory;

    private OciLayout(Path directory) {
        this.directory = directory;
    }

    /** An image whose one layer holds {@code hello.txt} with {@code content}, tagged {@code tag}. */
    static OciLayout image(Path directory, String tag, String content) throws IOException {
        Files.createDirectories(directory.resolve("blobs/sha256"));
        Files.writeString(directory.resolve("oci-layout"), "{\"imageLayoutVersion\":\"1.0.0\"}");
        byte[] layer = tar("hello.txt", content.getBytes(StandardCharsets.UTF_8));
        String layerDigest = blob(directory, layer);
        byte[] config = ("{\"architecture\":\"amd64\",\"os\":\"linux\",\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\""
                        + layerDigest + "\"]},\"config\":{}}")
                .getBytes(StandardCharsets.UTF_8);
        String configDigest = blob(directory, config);
        byte[] manifest = ("{\"schemaVersion\":2,\"mediaType\":\"" + MANIFEST + "\",\"config\":{\"mediaType\":"
                        + "\"application/vnd.oci.image.config.v1+json\",\"digest\":\"" + configDigest + "\",\"size\":"
                        + config.length + "},\"layers\":[{\"mediaType\":\"application/vnd.oci.image.layer.v1.tar\","
                        + "\"digest\":\"" + layerDigest + "\",\"size\":" + layer.length + "}]}")
                .getBytes(StandardCharsets.UTF_8);
        String manifestDigest = blob(directory, manifest);
        Files.writeString(
                directory.resolve("index.json"),
                "{\"schemaVersion\":2,\"manifests\":[{\"mediaType\":\"" + MANIFEST + "\",\"digest\":\""
                        + manifestDigest + "\",\"size\":" + manifest.length
                        + ",\"annotations\":{\"org.opencontainers.image.ref.name\":\"" + tag + "\"}}]}");
        return new OciLayout(directory);
    }

    /** The reference skopeo reads or writes: {@code oci:DIR:TAG}. */
    String reference(String tag) {
        return "oci:" + directory + ":" + tag;
    }

    /**
     * The content of the file {@code name} in the one layer of the one image in the layout at {@code directory}, as
     * skopeo pulled it (the registry holds the layer gzip-compressed: skopeo compresses what it pushes).
     */
    static String fileOfOnlyLayer(Path directory, String name) throws IOException {
        JsonObject index = read(directory, "index.json");
        String manifest = index.getJsonArray("manifests").getJsonObject(0).getString("digest");
        JsonObject layer =
                read(directory, blobPath(manifest)).getJsonArray("layers").getJsonObject(0);
        byte[] blob = Files.readAllBytes(directory.resolve(blobPath(layer.getString("digest"))));
        byte[] tar = layer.getString("mediaType").endsWith("+gzip")
                ? new GZIPInputStream(new ByteArrayInputStream(blob)).readAllBytes()
                : blob;
        String entry = new String(tar, 0, 100, StandardCharsets.US_ASCII).replace("\0", "");
        if (!entry.equals(name)) {
            throw new IllegalStateException("The layer holds " + entry + ", not " + name);
        }
        int size = Integer.parseInt(new String(tar, 124, 11, StandardCharsets.US_ASCII), 8);
        return new String(tar, 512, size, StandardCharsets.UTF_8);
    }

    private static String blobPath(String digest) {
        return "blobs/sha256/" + digest.substring("sha256:".length());
    }

    private static JsonObject read(Path directory, String file) throws IOException {
        return Json.createReader(new StringReader(Files.readString(directory.resolve(file))))
                .readObject();
    }

    private static String blob(Path directory, byte[] content) throws IOException {
        String hex = sha256(content);
        Files.write(directory.resolve("blobs/sha256").resolve(hex), content);
        return "sha256:" + hex;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A POSIX ustar archive of one regular file (two 512-byte blocks of zeros end it). */
    private static byte[] tar(String name, byte[] content) {
        byte[] header = new byte[512];
        put(header, 0, name);
        put(header, 100, "0000644");
        put(header, 108, "0000000");
        put(header, 116, "0000000");
        put(header, 124, String.format("%011o", content.length));
        put(header, 136, "00000000000");
        for (int i = 148; i < 156; i++) {
            header[i] = ' ';
        }
        header[156] = '0';
        put(header, 257, "ustar");
        put(header, 263, "00");
        int checksum = 0;
        for (byte b : header) {
            checksum += b & 0xff;
        }
        put(header, 148, String.format("%06o", checksum));
        header[154] = 0;
        header[155] = ' ';
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        tar.writeBytes(header);
        tar.writeBytes(content);
        tar.writeBytes(new byte[(512 - content.length % 512) % 512]);
        tar.writeBytes(new byte[1024]);
        return tar.toByteArray();
    }

    private static void put(byte[] header, int offset, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, header, offset, bytes.length);
    }
}
