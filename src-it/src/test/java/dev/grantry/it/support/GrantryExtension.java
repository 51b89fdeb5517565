package dev.grantry.it.support;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext.Store;
import org.junit.jupiter.api.extension.ExtensionContext.Store.CloseableResource;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts Grantry once per test JVM (one failsafe execution, one configuration) before the first test class that
 * needs it, and stops it when the JVM's tests are done; gives each test class one {@link Browser}, signed out after
 * every test; and {@link Users} to create users with. Tests ask for a {@link Server}, {@link Browser},
 * {@link Users} or {@link ServerLog} as constructor or method parameters.
 *
 * <p>When the system property {@code it.db.seed} names SQL scripts (separated by commas), the database is made and
 * seeded with them first (see {@link SeededDatabase}), since what it holds must be there when Grantry starts.
 */
public final class GrantryExtension implements BeforeAllCallback, AfterEachCallback, ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(GrantryExtension.class);
    private static final Set<Class<?>> PROVIDED = Set.of(Server.class, Browser.class, Users.class, ServerLog.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        grantry(context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Closing browser = classStore(context).get(Browser.class, Closing.class);
        if (browser != null) {
            ((Browser) browser.resource()).forgetSessions();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return PROVIDED.contains(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == Server.class) {
            return grantry(context).server();
        }
        if (type == ServerLog.class) {
            return grantry(context).log();
        }
        if (type == Browser.class) {
            return classStore(context)
                    .getOrComputeIfAbsent(
                            Browser.class,
                            key -> new Closing(new Browser(grantry(context).server())),
                            Closing.class)
                    .resource();
        }
        return rootStore(context)
                .getOrComputeIfAbsent(
                        Users.class,
                        key -> new Closing(new Users(grantry(context).server())),
                        Closing.class)
                .resource();
    }

    private static StartedGrantry grantry(ExtensionContext context) {
        // A failed start is remembered too, so that the next class fails at once instead of trying again.
        return (StartedGrantry) rootStore(context)
                .getOrComputeIfAbsent(StartedGrantry.class, key -> new Closing(start()), Closing.class)
                .resource();
    }

    private static StartedGrantry start() {
        String seed = System.getProperty("it.db.seed");
        if (seed != null) {
            SeededDatabase.create(List.of(seed.split(",")));
        }
        return ServerGrantry.chosen() ? ServerGrantry.start() : MicroGrantry.start();
    }

    /** The store that outlives every test class and closes what it holds when the JVM's tests are done. */
    private static Store rootStore(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE);
    }

    /** The store of the test class, also when asked from one of its test methods (or a parameterized invocation). */
    private static Store classStore(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent()) {
            classContext = classContext.getParent().orElseThrow();
        }
        return classContext.getStore(NAMESPACE);
    }

    /** Closes what it holds when its store is closed. */
    private record Closing(AutoCloseable resource) implements CloseableResource {

        @Override
        public void close() throws Exception {
            resource.close();
        }
    }
}
