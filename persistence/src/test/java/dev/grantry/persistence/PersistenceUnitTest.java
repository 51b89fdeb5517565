package dev.grantry.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.persistence.testing.GrantryDatabase;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.metamodel.EntityType;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.NodeList;

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
                        "InsertLock",
                        "IssuedToken",
                        "JobRun",
                        "PendingAuthorization",
                        "RateLimitCounter",
                        "RegistryRefreshToken",
                        "Robot",
                        "Scope",
                        "ServerSecret",
                        "SignInThrottle",
                        "SigningKey",
                        "User"),
                entities);
    }

    @Test
    void whenEveryEntityIsReadThenItsTableAndColumnsExistInTheMigratedSchema() {
        // The migrations seed the scopes, the audit chain's one row, the jobs and the insert locks; every other table
        // starts empty.
        Set<String> seeded = Set.of("Scope", "AuditChain", "JobRun", "InsertLock");
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

    /** WildFly hands EclipseLink archive URLs it cannot scan, so there the unit has only the classes it lists. */
    @Test
    void whenAClassIsAnEntityEmbeddableOrConverterThenPersistenceXmlListsIt() throws Exception {
        Set<String> annotated = new TreeSet<>();
        Path classes = Path.of(InstantConverter.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file)
                        .toString()
                        .replace(".class", "")
                        .replace('/', '.');
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (type.isAnnotationPresent(Entity.class)
                        || type.isAnnotationPresent(Embeddable.class)
                        || type.isAnnotationPresent(Converter.class)) {
                    annotated.add(name);
                }
            }
        }

        assertEquals(annotated, listedInPersistenceXml());
    }

    private static Set<String> listedInPersistenceXml() throws Exception {
        try (InputStream xml = PersistenceUnitTest.class.getResourceAsStream("/META-INF/persistence.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            NodeList listed = factory.newDocumentBuilder().parse(xml).getElementsByTagName("class");
            Set<String> names = new TreeSet<>();
            for (int i = 0; i < listed.getLength(); i++) {
                names.add(listed.item(i).getTextContent().trim());
            }
            return names;
        }
    }

    private static Set<EntityType<?>> entities() {
        return db.factory().getMetamodel().getEntities();
    }
}
