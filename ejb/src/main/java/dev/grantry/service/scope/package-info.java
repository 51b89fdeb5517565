/** Scopes as the services see them: the {@code scope} request parameter, and the catalog of known scopes. */
package dev.grantry.service.scope;
