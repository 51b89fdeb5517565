/**
 * A sample web application of your own whose users sign in with Grantry: Jakarta Security 3.0's standard
 * {@code @OpenIdAuthenticationMechanismDefinition} ({@link dev.grantry.sample.openid.SignInWithGrantry}) with
 * Grantry's issuer and the application's client id and secret from MicroProfile Config, and nothing specific to
 * Grantry. It is its own deployment: Jakarta Security allows one authentication mechanism per application, and
 * Grantry's pages have their own.
 */
package dev.grantry.sample.openid;
