/**
 * Robot accounts (Quay's): a user's accounts for registry clients, {@code owner+shortName}, with a token shown once and
 * stored only as a keyed hash, and pull or push permissions on repositories of the owner's namespace. Every change is
 * an audit event in its own transaction.
 */
package dev.grantry.service.robot;
