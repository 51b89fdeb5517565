/**
 * OpenID Connect over HTTP and in the browser: sign-in with the Nimbus OpenID Connect client, ID token validation
 * against the JWKS, UserInfo, discovery, and the authentication request's parameters.
 */
package dev.grantry.it.oidc;
