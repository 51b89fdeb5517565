/**
 * The persistence context that every repository uses: the container's transaction-scoped entity manager of the unit
 * {@code grantry}, made injectable the same way on every server.
 */
package dev.grantry.persistence.context;
