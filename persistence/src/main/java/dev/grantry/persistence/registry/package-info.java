/** The registry token service's refresh tokens (identity tokens of docker login), held as keyed hashes. */
package dev.grantry.persistence.registry;
