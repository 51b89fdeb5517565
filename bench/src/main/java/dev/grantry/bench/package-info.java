/** The speed benchmark's own tools: the database-write measurement and the preparation of load-test data. */
package dev.grantry.bench;
