/** Checks behind the readiness probe. */
package dev.grantry.service.health;
