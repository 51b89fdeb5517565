/** Black-box tests of applications: the settings and admin pages, RFC 7591/7592 registration, Gancio's alias. */
package dev.grantry.it.applications;
