/** OAuth protocol endpoints (JAX-RS) and the one writer of OAuth error responses. */
package dev.grantry.web.oauth;
