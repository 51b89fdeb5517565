/** Random secrets and the keyed hash that stores high-entropy secrets (client secrets, tokens, codes). */
package dev.grantry.service.secret;
