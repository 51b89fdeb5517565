/** What the services' unit tests run on: the real beans, wired as CDI and the EJB container would, over H2. */
package dev.grantry.service.testing;
