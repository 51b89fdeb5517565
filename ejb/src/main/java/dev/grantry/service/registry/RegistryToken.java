package dev.grantry.service.registry;

import java.time.Instant;

/**
 * The token endpoint's answer (Docker Registry v2 token specification, "Token Response Fields"): the token, given as
 * both {@code token} and {@code access_token} for clients of either form, its lifetime in seconds and when it was
 * issued.
 */
public record RegistryToken(String token, long expiresIn, Instant issuedAt) {}
