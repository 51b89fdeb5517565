/** The robot account pages, for users and administrators, in headless Chromium. */
package dev.grantry.it.robots;
