/**
 * Grantry's own bearer-protected API (RFC 6750): the token's user and the applications they authorized, and the audit
 * trail for SIEM tools.
 */
package dev.grantry.web.api;
