/**
 * A sample service of your own that accepts Grantry's access tokens through MicroProfile JWT: configured only with
 * Grantry's issuer and JWKS URL ({@code META-INF/microprofile-config.properties}; on Payara also
 * {@code payara-mp-jwt.properties}, which lets Payara accept the {@code at+jwt} token type), it checks scopes with
 * {@code @RolesAllowed}. It is its own deployment because Jakarta Security's form login (Grantry's pages) and
 * MP-JWT cannot share one.
 */
package dev.grantry.sample;
