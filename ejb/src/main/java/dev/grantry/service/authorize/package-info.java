/** The authorization endpoint's logic (RFC 6749 §4.1, RFC 7636 PKCE): requests, consent, codes and their redemption. */
package dev.grantry.service.authorize;
