/** OAuth clients ("applications"): their registration metadata, redirect URIs, grant types and scopes. */
package dev.grantry.persistence.client;
