/** Start-up: the datasource definition, schema migrations, and the first administrator. */
package dev.grantry.service.setup;
