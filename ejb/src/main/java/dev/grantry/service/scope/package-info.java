/**
 * Scopes as the services see them: the catalog of known scopes and their kinds (delegable or privileged), an
 * administrator's change of kind, and the {@code scope} request parameter.
 */
package dev.grantry.service.scope;
