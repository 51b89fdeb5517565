/**
 * Scopes: the admin-managed list (each an identifier with the description users see), the one parser and formatter
 * of scope values, and the converter that stores a set of scopes in one column.
 */
package dev.grantry.persistence.scope;
