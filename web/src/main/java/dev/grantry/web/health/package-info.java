/**
 * Readiness: a MicroProfile Health check where the server has MicroProfile Health, and the same answer as a plain
 * endpoint where it does not.
 */
package dev.grantry.web.health;
