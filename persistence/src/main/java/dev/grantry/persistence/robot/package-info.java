/** Robot accounts (Quay's): a user's accounts for registry clients, and their repository permissions. */
package dev.grantry.persistence.robot;
