/** The audit trail as auditors, users and SIEM tools read it: the audit pages, the CSV export, the API, the 403s. */
package dev.grantry.it.audit;
