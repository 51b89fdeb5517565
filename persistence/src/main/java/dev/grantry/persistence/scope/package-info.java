/** The admin-managed list of scopes, each an identifier with the description users see. */
package dev.grantry.persistence.scope;
