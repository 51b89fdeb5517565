/** The authorization endpoint, consent page and code redemption, over HTTP and in the browser. */
package dev.grantry.it.authorize;
