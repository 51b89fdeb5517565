/** Minting, recording and revoking tokens; client authentication and grant dispatch of the token endpoint. */
package dev.grantry.service.token;
