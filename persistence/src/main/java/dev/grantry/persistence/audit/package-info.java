/**
 * The audit trail: append-only events of every grant, token, consent, sign-in and application change, sealed into a
 * hash chain so that an altered, removed or inserted row is detected.
 */
package dev.grantry.persistence.audit;
