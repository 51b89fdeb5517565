/** The people who sign in to Grantry, their roles, and the sign-in throttle that locks out guessing. */
package dev.grantry.persistence.user;
