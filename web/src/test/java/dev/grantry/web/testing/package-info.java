/** Helpers shared by the web module's unit tests: reading what a response carries, Grantry's
 * public address. */
package dev.grantry.web.testing;
