/** Quay's direct OAuth approval: a whitelisted tool gets a user's token with the user's own credentials. */
package dev.grantry.service.direct;
