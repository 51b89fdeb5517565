/**
 * Rate limits per client address (failed sign-ins, registrations), counted in the database so that they hold on
 * every node and concurrent requests all count.
 */
package dev.grantry.service.limit;
