package dev.grantry.persistence.context;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Makes the container's entity manager of the unit {@value #UNIT} injectable ({@code @Inject EntityManager}): the
 * transaction-scoped persistence context that a component of the EJB module declares at {@value #JNDI_NAME}
 * ({@code dev.grantry.service.setup.GrantryStartup}).
 *
 * <p>Why not {@code @PersistenceContext} on the repositories themselves: in the EAR they live in a {@code lib/} jar,
 * and GlassFish 7 injects nothing into the CDI beans of {@code lib/} jars (their {@code @PersistenceContext} fields
 * stay null); a {@code java:app} name declared by a module's component reaches them on every server, and in the Payara
 * Micro WAR alike.
 */
@ApplicationScoped
public class PersistenceContextProducer {

    /** Grantry's persistence unit (persistence.xml). */
    public static final String UNIT = "grantry";

    /** Where the EJB module declares the persistence context of {@link #UNIT}, for the whole application. */
    public static final String JNDI_NAME = "java:app/grantry/persistence-context";

    @Produces
    EntityManager entityManager() {
        try {
            return (EntityManager) new InitialContext().lookup(JNDI_NAME);
        } catch (NamingException e) {
            throw new IllegalStateException("No persistence context at " + JNDI_NAME, e);
        }
    }
}
