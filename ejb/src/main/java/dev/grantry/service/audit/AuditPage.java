package dev.grantry.service.audit;

import java.util.List;

/**
 * One page of audit events, newest first.
 *
 * @param next where the next (older) page starts; {@code null} on the last page
 */
public record AuditPage(List<AuditEntry> entries, AuditCursor next) {}
