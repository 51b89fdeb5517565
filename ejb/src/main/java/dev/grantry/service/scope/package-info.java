/** Scopes as the services see them: the catalog of known scopes, and the {@code scope} request parameter. */
package dev.grantry.service.scope;
