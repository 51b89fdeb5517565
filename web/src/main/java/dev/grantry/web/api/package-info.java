/** Grantry's own bearer-protected API (RFC 6750): the token's user and the applications they authorized. */
package dev.grantry.web.api;
