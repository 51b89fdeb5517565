/** Authorization grants (token families) and the server-side record of every issued token. */
package dev.grantry.persistence.grant;
