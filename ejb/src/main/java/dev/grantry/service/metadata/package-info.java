/** The authorization server metadata document (RFC 8414): what this server's endpoints are and support. */
package dev.grantry.service.metadata;
