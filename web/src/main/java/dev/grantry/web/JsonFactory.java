package dev.grantry.web;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider of Grantry's endpoints, looked up once. {@code jakarta.json.Json}'s factory methods look
 * the provider up again on every call (a {@code ServiceLoader} scan of every jar the web module sees,
 * <a href="https://github.com/jakartaee/jsonp-api/issues/154">jsonp-api#154</a>), which would be a noticeable part of
 * each token response; {@link JsonProvider#provider()} asks its callers to cache the result.
 */
public final class JsonFactory {

    /** Builds, reads and parses JSON; thread-safe, like every provider. */
    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonFactory() {}
}
