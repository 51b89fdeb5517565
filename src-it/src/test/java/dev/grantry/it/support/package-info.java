/**
 * What every integration test shares: the deployment under test, an HTTP client, registered clients with their
 * tokens, a second Payara Micro for deployments of their own, and headless Chromium.
 */
package dev.grantry.it.support;
