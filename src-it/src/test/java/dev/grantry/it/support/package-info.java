/**
 * What every integration test shares: the Grantry under test, started once per failsafe execution by
 * {@link dev.grantry.it.support.GrantryExtension}, an HTTP client, registered clients with their tokens, a seeded
 * database, and headless Chromium.
 */
package dev.grantry.it.support;
