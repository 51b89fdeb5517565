/**
 * Token grants (RFC 6749 §4): one class per {@code grant_type} behind {@link dev.grantry.service.grant.TokenGrant},
 * looked up by the token endpoint.
 */
package dev.grantry.service.grant;
