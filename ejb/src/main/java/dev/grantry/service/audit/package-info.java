/**
 * The audit trail's one writing path: every service records its events here, in its own transaction; and the sealer
 * that chains the committed events behind the writers.
 */
package dev.grantry.service.audit;
