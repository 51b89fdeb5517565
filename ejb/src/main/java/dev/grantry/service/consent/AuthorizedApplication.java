package dev.grantry.service.consent;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * An application a user has authorized: what it may do, and when it first and last got a token.
 *
 * @param firstUsed {@code null} when it never got a token yet
 * @param lastUsed {@code null} when it never got a token yet
 */
public record AuthorizedApplication(
        String clientId, String name, String website, Set<String> scopes, Instant firstUsed, Instant lastUsed)
        implements Serializable {}
