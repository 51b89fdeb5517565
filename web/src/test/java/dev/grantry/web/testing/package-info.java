/** Helpers shared by the web module's unit tests: reading what a response carries. */
package dev.grantry.web.testing;
