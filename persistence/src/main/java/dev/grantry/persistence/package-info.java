/** JPA entities and their repositories, grouped by aggregate; the schema itself lives in the Flyway migrations. */
package dev.grantry.persistence;
