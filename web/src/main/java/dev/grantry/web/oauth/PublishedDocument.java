package dev.grantry.web.oauth;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * A public JSON document that changes only on a key rotation or a new release (the JWK Set, the server metadata),
 * serialized once and answered from memory, with an {@code ETag} so that a client that has it gets
 * {@code 304 Not Modified} (RFC 9110 <a href="https://www.rfc-editor.org/rfc/rfc9110#section-13.1.2">§13.1.2</a>)
 * and caches may keep it for five minutes.
 */
final class PublishedDocument {

    static final String CACHE_CONTROL = "public, max-age=300";

    private final String body;
    private final String etag;

    PublishedDocument(String body) {
        this.body = body;
        this.etag = '"' + sha256(body) + '"';
    }

    /** Whether this is the document of {@code body}: the same string, as a cached source hands it out. */
    boolean isOf(String body) {
        return this.body == body;
    }

    String etag() {
        return etag;
    }

    /** 304 when {@code ifNoneMatch} (the request's {@code If-None-Match}) names this version, else the document. */
    Response answer(String ifNoneMatch) {
        Response.ResponseBuilder response = matches(ifNoneMatch) ? Response.notModified() : Response.ok(body);
        return response.header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .build();
    }

    /** RFC 9110 §13.1.2: {@code *} or any listed tag, compared weakly (a {@code W/} prefix does not matter). */
    private boolean matches(String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }

    private static String sha256(String body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
