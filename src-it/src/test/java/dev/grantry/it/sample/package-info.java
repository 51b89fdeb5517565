/** The sample resource server on a Payara Micro of its own, trusting the Grantry under test through MP-JWT. */
package dev.grantry.it.sample;
