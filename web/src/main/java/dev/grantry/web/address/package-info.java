/**
 * Grantry's public addresses: every absolute URL Grantry sends (redirects to its pages) is built from the configured
 * issuer, never from the request's {@code Host} header, and the pages answer at clean addresses without
 * {@code .xhtml}.
 */
package dev.grantry.web.address;
