/**
 * OpenID Connect beyond the ID token (which {@code service.token} mints): the UserInfo claims (Core 1.0
 * <a href="https://openid.net/specs/openid-connect-core-1_0.html#UserInfo">§5.3</a>) by scope (§5.4).
 */
package dev.grantry.service.oidc;
