/**
 * The token endpoint (RFC 6749 §3.2) in one place: {@link dev.grantry.service.grant.TokenService} authenticates the
 * client and hands the request to the one {@link dev.grantry.service.grant.TokenGrant} per {@code grant_type}
 * ({@link dev.grantry.service.grant.Grants} finds it), which answers with tokens from the token package's issuer.
 */
package dev.grantry.service.grant;
