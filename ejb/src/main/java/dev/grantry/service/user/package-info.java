/** Users, password hashing, sign-in with lockout, and the identity store Jakarta Security asks. */
package dev.grantry.service.user;
