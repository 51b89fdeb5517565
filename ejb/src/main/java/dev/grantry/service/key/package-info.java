/** Token signing keys: generated, encrypted at rest, cached per node, rotated, published as a JWK Set (RFC 7517). */
package dev.grantry.service.key;
