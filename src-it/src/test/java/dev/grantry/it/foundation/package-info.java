/** Sign-in, users, security headers and health: the foundation every other feature stands on. */
package dev.grantry.it.foundation;
