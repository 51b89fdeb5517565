package dev.grantry.service.client;

/**
 * An application with the credentials just issued to it, in clear for this one answer only: {@code clientSecret}
 * is {@code null} for a public client (or when none was issued), {@code registrationAccessToken} {@code null} unless
 * the application was registered through RFC 7591.
 */
public record IssuedCredentials(ApplicationView application, String clientSecret, String registrationAccessToken) {}
