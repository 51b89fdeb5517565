/** A sample service of your own that accepts Grantry's access tokens through MicroProfile JWT. */
package dev.grantry.sample;
