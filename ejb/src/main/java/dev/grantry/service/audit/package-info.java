/** The audit trail's one writing path: every service records its events here, in its own transaction. */
package dev.grantry.service.audit;
