package dev.grantry.service.registry;

import java.time.Instant;

/**
 * The token endpoint's answer (Docker Registry v2 token specification, "Token Response Fields"): the token, given as
 * both {@code token} and {@code access_token} for clients of either form, its lifetime in seconds, when it was issued,
 * and a refresh token when one was asked for ({@code access_type=offline}), else {@code null}.
 */
public record RegistryToken(String token, long expiresIn, Instant issuedAt, String refreshToken) {}
