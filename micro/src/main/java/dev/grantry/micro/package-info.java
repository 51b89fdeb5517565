/** What only the Payara Micro WAR has: its datasource, configured by environment variables. */
package dev.grantry.micro;
