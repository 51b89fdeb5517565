/** The authorization code flow's state: pending requests awaiting consent, remembered consents, issued codes. */
package dev.grantry.persistence.authorize;
