/**
 * Tokens: minting and recording them ({@link dev.grantry.service.token.TokenIssuer}, the one place), their records,
 * verification, family revocation, and the revocation (RFC 7009) and introspection (RFC 7662) endpoints' logic.
 */
package dev.grantry.service.token;
