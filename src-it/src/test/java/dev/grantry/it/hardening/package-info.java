/** Hardening (issue 12): malformed and oversized input, rate limits per client address. */
package dev.grantry.it.hardening;
