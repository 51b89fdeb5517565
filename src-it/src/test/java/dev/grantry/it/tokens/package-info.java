/** Black-box tests of the token side: token endpoint errors, JWK Set, metadata, key rotation. */
package dev.grantry.it.tokens;
