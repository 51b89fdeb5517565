/**
 * The web layer's side of the audit trail: where each request comes from, and the auditors' reading of it (filters
 * from text, the CSV export, the chart of tokens issued).
 */
package dev.grantry.web.audit;
