/** Scheduled jobs that every node schedules but only one node runs each time: their last start, in the database. */
package dev.grantry.persistence.job;
