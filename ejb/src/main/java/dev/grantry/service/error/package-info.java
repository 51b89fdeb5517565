/** The one OAuth error type, carrying the RFC 6749 / RFC 6750 / RFC 7591 error codes. */
package dev.grantry.service.error;
