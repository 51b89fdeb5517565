/** The sign-in mechanism (Jakarta Security custom form over Grantry's identity store) and security headers. */
package dev.grantry.web.security;
