/** The sample resource server deployed beside the Grantry under test, trusting its tokens through MP-JWT. */
package dev.grantry.it.sample;
