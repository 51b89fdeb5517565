/** What the web layer tells the audit trail: where each request comes from. */
package dev.grantry.web.audit;
