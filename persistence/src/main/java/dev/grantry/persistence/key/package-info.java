/** Key material Grantry generates for itself and keeps in the database so every node shares it. */
package dev.grantry.persistence.key;
