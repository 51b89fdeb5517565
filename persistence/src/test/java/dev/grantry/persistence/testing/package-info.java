/**
 * Test support shared by every module's unit tests (published as persistence's test-jar): a real database for
 * repositories and services, so that no test copies a query into a fake.
 */
package dev.grantry.persistence.testing;
