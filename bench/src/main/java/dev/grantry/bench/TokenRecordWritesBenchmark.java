package dev.grantry.bench;

import dev.grantry.persistence.audit.AuditEvent;
import dev.grantry.persistence.audit.AuditEventType;
import dev.grantry.persistence.audit.AuditOutcome;
import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.ApplicationStatus;
import dev.grantry.persistence.client.ClientType;
import dev.grantry.persistence.client.TokenEndpointAuthMethod;
import dev.grantry.persistence.grant.IssuedToken;
import dev.grantry.persistence.grant.TokenKind;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The database writes of one client_credentials issuance, in one transaction as on the server: the token record and
 * its audit event, through Grantry's entities and EclipseLink into an H2 file database (the default one) created by
 * Grantry's migrations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TokenRecordWritesBenchmark {

    private static final Set<String> SCOPES = Set.of("repo:read");

    private EntityManagerFactory factory;
    private long applicationId;

    @Setup
    public void createDatabase() {
        // bench/run.sh names the directory (-Dbench.db=…); a new database per run.
        String url = "jdbc:h2:file:"
                + Path.of(
                                System.getProperty("bench.db", "target/jmh-db"),
                                UUID.randomUUID().toString())
                        .toAbsolutePath()
                + ";LOCK_TIMEOUT=10000";
        Flyway.configure().dataSource(url, "grantry", "grantry").load().migrate();
        factory = Persistence.createEntityManagerFactory(
                "grantry",
                Map.of(
                        "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                        "jakarta.persistence.jtaDataSource", "",
                        "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                        "jakarta.persistence.jdbc.url", url,
                        "jakarta.persistence.jdbc.user", "grantry",
                        "jakarta.persistence.jdbc.password", "grantry",
                        "eclipselink.logging.level", "SEVERE"));
        Application application = new Application(
                UUID.randomUUID().toString(),
                "Benchmark",
                null,
                ClientType.CONFIDENTIAL,
                TokenEndpointAuthMethod.CLIENT_SECRET_BASIC,
                ApplicationStatus.ACTIVE,
                Instant.now());
        inTransaction(em -> em.persist(application));
        applicationId = application.getId();
    }

    @Benchmark
    public void recordToken() {
        inTransaction(em -> {
            Instant now = Instant.now();
            String jti = UUID.randomUUID().toString();
            Application client = em.getReference(Application.class, applicationId);
            em.persist(new IssuedToken(
                    jti, TokenKind.ACCESS, null, null, client, null, SCOPES, now, now.plus(Duration.ofHours(1))));
            em.persist(new AuditEvent(now, AuditEventType.TOKEN_ISSUED, AuditOutcome.SUCCESS)
                    .actor("client:benchmark")
                    .clientId("benchmark")
                    .scopes("repo:read")
                    .tokenJti(jti)
                    .detail("client_credentials"));
        });
    }

    @TearDown
    public void close() {
        factory.close();
    }

    private void inTransaction(Consumer<EntityManager> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
