/** The scheduled purge that keeps every table bounded, safe to run on several nodes at once. */
package dev.grantry.service.purge;
