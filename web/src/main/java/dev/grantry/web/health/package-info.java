/** MicroProfile Health checks. */
package dev.grantry.web.health;
