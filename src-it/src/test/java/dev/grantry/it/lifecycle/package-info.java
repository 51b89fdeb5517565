/** Taking tokens back and checking them: revocation, introspection, authorized applications, direct approval, APIs. */
package dev.grantry.it.lifecycle;
