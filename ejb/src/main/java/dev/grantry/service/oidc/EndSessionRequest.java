package dev.grantry.service.oidc;

/**
 * The parameters of an RP-initiated logout request (OpenID Connect RP-Initiated Logout 1.0
 * <a href="https://openid.net/specs/openid-connect-rpinitiated-1_0.html#RPLogout">§2</a>), each {@code null} when
 * not sent; {@code ui_locales} and {@code logout_hint} are ignored.
 */
public record EndSessionRequest(String idTokenHint, String clientId, String postLogoutRedirectUri, String state) {}
