/** Rate limits per client address: fixed-window counters shared by every node through the database. */
package dev.grantry.persistence.limit;
