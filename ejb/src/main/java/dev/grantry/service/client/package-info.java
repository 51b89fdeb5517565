/**
 * Applications (OAuth clients): registration, redirect URI rules, secrets, approval, and client authentication
 * (RFC 6749 §2.3); the one path for each change.
 */
package dev.grantry.service.client;
