package dev.grantry.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.persistence.testing.GrantryDatabase;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.metamodel.EntityType;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@code grantry} unit over the schema the migrations create: what deployment on a server checks, and more. */
class PersistenceUnitTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    @Test
    void whenDeployedThenEveryEntityIsInTheUnit() {
        Set<String> entities =
                new TreeSet<>(entities().stream().map(EntityType::getName).toList());

        assertEquals(
                Set.of(
                        "Application",
                        "AuditChain",
                        "AuditEvent",
                        "AuthorizationCode",
                        "AuthorizationGrant",
                        "Consent",
                        "IssuedToken",
                        "JobRun",
                        "PendingAuthorization",
                        "RateLimitCounter",
                        "Scope",
                        "ServerSecret",
                        "SignInThrottle",
                        "SigningKey",
                        "User"),
                entities);
    }

    @Test
    void whenEveryEntityIsReadThenItsTableAndColumnsExistInTheMigratedSchema() {
        // The migrations seed the scopes, the audit chain's one row and the jobs; every other table starts empty.
        Set<String> seeded = Set.of("Scope", "AuditChain", "JobRun");
        for (EntityType<?> entity : entities()) {
            List<?> rows = db.all(entity.getJavaType());

            assertTrue(seeded.contains(entity.getName()) ? !rows.isEmpty() : rows.isEmpty(), entity.getName());
        }
    }

    @Test
    void whenEveryNamedQueryIsCreatedThenItCompiles() {
        int queries = 0;
        for (EntityType<?> entity : entities()) {
            for (NamedQuery query : entity.getJavaType().getAnnotationsByType(NamedQuery.class)) {
                db.inTransaction(() -> db.entityManager().createNamedQuery(query.name()));
                assertTrue(query.name().startsWith(entity.getName() + "."), query.name());
                queries++;
            }
        }
        assertTrue(queries > 0);
    }

    private static Set<EntityType<?>> entities() {
        return db.factory().getMetamodel().getEntities();
    }
}
