/** The applications a user has authorized, and taking that authorization back. */
package dev.grantry.service.consent;
