/**
 * Taking back everything issued under an authorization — grants, access and refresh tokens, unredeemed codes, pending
 * requests — when an application stops being active, a user is disabled, or a user revokes an application.
 */
package dev.grantry.service.revoke;
