/**
 * Grantry in its production shape, run by the {@code postgresql} profile only: concurrency on PostgreSQL, the schema
 * upgrade from the previous release's migrations, HTTPS over real TLS, and two nodes behind a load balancer.
 */
package dev.grantry.it.production;
