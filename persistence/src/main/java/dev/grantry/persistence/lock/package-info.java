/** Locks that let concurrent transactions create the same row one after the other instead of failing on its key. */
package dev.grantry.persistence.lock;
