package dev.grantry.persistence.testing;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh in-memory H2 database for one test class, created by the Flyway migrations ({@code classpath:db/migration})
 * exactly as Grantry's start-up creates it, with EclipseLink's {@code grantry} persistence unit deployed over it: the
 * real entities, converters and named queries. Register it on a static field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final GrantryDatabase db = new GrantryDatabase();
 * final UserRepository users = db.inject(new JpaUserRepository());
 * }</pre>
 *
 * <p>Every test starts from the migrated database: after each test, the rows of every table the migrations left
 * empty are deleted (the seeded scopes stay, and sequences go on, so ids are never reused).
 *
 * <p>Like a container, {@link #inject} fills the injected {@code EntityManager} fields of a bean with an entity manager
 * that belongs to the current transaction: each {@link #inTransaction} has a persistence context of its own, so
 * entities read in one are detached in the next, as in Grantry's transaction-scoped contexts; outside a transaction,
 * reads work and writes are refused, as with a JTA entity manager (see {@link Transactions}). The unit is overridden
 * to {@code RESOURCE_LOCAL} over the database's JDBC URL; everything else comes from its own {@code persistence.xml}.
 */
public final class GrantryDatabase implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private static final String UNIT = "grantry";
    private static final String USER = "sa";
    /** Flyway tells every migration at INFO; held here, since the log manager keeps loggers only weakly. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    private String url;
    private EntityManagerFactory factory;
    private Transactions transactions;
    private List<String> emptiedAfterEachTest;

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        // One database per test class and per instance of this extension; kept open until afterAll shuts it down.
        url = "jdbc:h2:mem:grantry-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure(GrantryDatabase.class.getClassLoader())
                .dataSource(url, USER, "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        factory = Persistence.createEntityManagerFactory(
                UNIT,
                Map.of(
                        "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                        "jakarta.persistence.jtaDataSource", "",
                        "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                        "jakarta.persistence.jdbc.url", url,
                        "jakarta.persistence.jdbc.user", USER,
                        "jakarta.persistence.jdbc.password", "",
                        // Without a weaving agent EclipseLink loads lazy to-one relations eagerly (Payara weaves) and
                        // warns.
                        "eclipselink.logging.level.metadata", "SEVERE"));
        // EclipseLink deploys the unit, checking every entity and named query, when the first entity manager opens.
        factory.createEntityManager().close();
        transactions = new Transactions(factory);
        emptiedAfterEachTest = emptyTables();
    }

    @Override
    public void afterEach(ExtensionContext context) throws SQLException {
        transactions.closeOutside();
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute("SET REFERENTIAL_INTEGRITY FALSE");
            for (String table : emptiedAfterEachTest) {
                statement.execute("TRUNCATE TABLE \"" + table + "\"");
            }
            statement.execute("SET REFERENTIAL_INTEGRITY TRUE");
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        factory.close();
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }

    /**
     * The first column of what {@code sql} selects, as text, read over plain JDBC: what is stored the way SQL sees
     * it, such as the text of a converted column.
     */
    public List<String> column(String sql) {
        List<String> values = new ArrayList<>();
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
        return values;
    }

    /** Runs {@code sql} over plain JDBC, committed at once: to store what the entities would refuse to. */
    public void execute(String sql) {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, USER, "");
    }

    /** The unit's factory, for what repositories do not cover (the metamodel, say). */
    public EntityManagerFactory factory() {
        return factory;
    }

    /** A data source for the database, as a server defines Grantry's. */
    public DataSource dataSource() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser(USER);
        return dataSource;
    }

    /** The entity manager of the current transaction, as the container injects it. */
    public EntityManager entityManager() {
        return transactions.entityManager();
    }

    /**
     * Sets every injected {@code EntityManager} field of {@code bean} (of its class and superclasses) to
     * {@link #entityManager()}, as the container does.
     *
     * @throws IllegalArgumentException when the bean has no such field
     */
    public <T> T inject(T bean) {
        boolean injected = false;
        for (Class<?> type = bean.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(Inject.class) && field.getType() == EntityManager.class) {
                    set(bean, field);
                    injected = true;
                }
            }
        }
        if (!injected) {
            throw new IllegalArgumentException(bean.getClass().getName() + " has no injected EntityManager field");
        }
        return bean;
    }

    /** Stores {@code entities}, in this order, in the current transaction or a new one; each gets its id. */
    public void persist(Object... entities) {
        inTransaction(() -> {
            for (Object entity : entities) {
                entityManager().persist(entity);
            }
        });
    }

    /** Every stored entity of {@code type}, read in the current transaction or a new one. */
    public <T> List<T> all(Class<T> type) {
        String entity = factory.getMetamodel().entity(type).getName();
        return inTransaction(() -> entityManager()
                .createQuery("SELECT e FROM " + entity + " e", type)
                .getResultList());
    }

    /** Changes the stored entity of {@code type} with this id, in the current transaction or a new one. */
    public <T> void update(Class<T> type, Object id, Consumer<T> change) {
        inTransaction(() -> {
            T entity = entityManager().find(type, id);
            if (entity == null) {
                throw new IllegalArgumentException("No " + type.getSimpleName() + " " + id);
            }
            change.accept(entity);
        });
    }

    /** Runs {@code work} in the current transaction, or in a new one that commits (or rolls back on an exception). */
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.required(work);
    }

    /** {@link #inTransaction(Supplier)} for work without a result. */
    public void inTransaction(Runnable work) {
        inTransaction(asSupplier(work));
    }

    /**
     * Runs {@code work} in the current transaction (what {@code MANDATORY} does).
     *
     * @throws jakarta.persistence.TransactionRequiredException when there is none
     */
    public <T> T inCurrentTransaction(Supplier<T> work) {
        return transactions.mandatory(work);
    }

    /**
     * Runs {@code work} in a transaction of its own, suspending the current one (what
     * {@code REQUIRES_NEW} does): it commits, or rolls back when {@code work} throws, whatever happens afterwards.
     */
    public <T> T inNewTransaction(Supplier<T> work) {
        return transactions.requiresNew(work);
    }

    /** Runs {@code work} outside any transaction, suspending the current one (what {@code NOT_SUPPORTED} does). */
    public <T> T outsideTransaction(Supplier<T> work) {
        return transactions.notSupported(work);
    }

    /** {@link #inNewTransaction(Supplier)} for work without a result. */
    public void inNewTransaction(Runnable work) {
        inNewTransaction(asSupplier(work));
    }

    /**
     * Runs {@code first} and {@code second} in two transactions on two threads that overlap: {@code second} starts
     * once {@code first}'s work is done but not committed, and {@code first} commits a moment (200 ms) after
     * {@code second} started, so that {@code second} meets {@code first}'s uncommitted writes and row locks.
     *
     * @return the results of {@code first} and {@code second}, in this order
     */
    public <T> List<T> overlapping(Supplier<T> first, Supplier<T> second)
            throws InterruptedException, ExecutionException, TimeoutException {
        CountDownLatch firstDone = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        CompletableFuture<T> firstResult = CompletableFuture.supplyAsync(() -> inNewTransaction(() -> {
            T result = first.get();
            firstDone.countDown();
            awaitQuietly(secondStarted);
            pauseQuietly();
            return result;
        }));
        awaitQuietly(firstDone);
        CompletableFuture<T> secondResult = CompletableFuture.supplyAsync(() -> inNewTransaction(() -> {
            secondStarted.countDown();
            return second.get();
        }));
        return List.of(firstResult.get(30, TimeUnit.SECONDS), secondResult.get(30, TimeUnit.SECONDS));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The other transaction did not get there");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pauseQuietly() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<String> emptyTables() throws SQLException {
        List<String> empty = new ArrayList<>();
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet any = statement.executeQuery("SELECT 1 FROM \"" + table + "\" FETCH FIRST ROW ONLY")) {
                    if (!any.next()) {
                        empty.add(table);
                    }
                }
            }
        }
        return List.copyOf(empty);
    }

    private void set(Object bean, Field field) {
        try {
            field.setAccessible(true);
            field.set(bean, entityManager());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot inject " + field, e);
        }
    }

    private static Supplier<Void> asSupplier(Runnable work) {
        return () -> {
            work.run();
            return null;
        };
    }
}
