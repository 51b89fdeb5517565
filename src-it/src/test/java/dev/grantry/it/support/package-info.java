/** What every integration test shares: the deployment under test, an HTTP client, and headless Chromium. */
package dev.grantry.it.support;
