package dev.grantry.service.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.persistence.testing.GrantryDatabase;
import dev.grantry.persistence.user.Role;
import dev.grantry.persistence.user.User;
import dev.grantry.persistence.user.UserRepository;
import dev.grantry.service.testing.TestContainer;
import dev.grantry.service.testing.TestSettings;
import dev.grantry.service.user.NewUser;
import dev.grantry.service.user.PasswordHasher;
import dev.grantry.service.user.TestPasswords;
import dev.grantry.service.user.UserService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AdministratorBootstrapTest {

    @RegisterExtension
    static final GrantryDatabase db = new GrantryDatabase();

    final PasswordHasher passwords = TestPasswords.fastHasher();

    TestContainer container(Map<String, String> settings) {
        return new TestContainer(db, Clock.systemUTC(), TestSettings.settings(settings))
                .with(PasswordHasher.class, passwords);
    }

    @Test
    void whenThereIsNoAdministratorThenTheConfiguredOneIsCreatedWithTheConfiguredPassword() {
        TestContainer container =
                container(Map.of("grantry.admin.username", "root", "grantry.admin.password", "configured password"));

        container.get(AdministratorBootstrap.class).ensureAdministrator();

        User root = container.get(UserRepository.class).findByUsername("root").orElseThrow();
        assertEquals(EnumSet.of(Role.USER, Role.ADMIN, Role.AUDITOR), root.getRoles());
        assertEquals("Administrator", root.getDisplayName());
        assertTrue(passwords.verify("configured password", root.getPasswordHash()));
    }

    @Test
    void whenNoPasswordIsConfiguredThenTheAdministratorGetsAGeneratedOneLoggedOnce() {
        TestContainer container = container(Map.of());
        List<String> logged = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger log = Logger.getLogger(AdministratorBootstrap.class.getName());
        log.addHandler(handler);
        try {
            container.get(AdministratorBootstrap.class).ensureAdministrator();
            container.get(AdministratorBootstrap.class).ensureAdministrator();
        } finally {
            log.removeHandler(handler);
        }

        assertEquals(1, logged.size(), logged.toString());
        Matcher generated = Pattern.compile("generated password (\\S+) ").matcher(logged.get(0));
        assertTrue(generated.find(), logged.get(0));
        User admin = container.get(UserRepository.class).findByUsername("admin").orElseThrow();
        assertTrue(admin.hasRole(Role.ADMIN));
        assertTrue(passwords.verify(generated.group(1), admin.getPasswordHash()));
    }

    @Test
    void whenAnAdministratorExistsThenNothingIsCreatedOrChanged() {
        TestContainer container = container(Map.of("grantry.admin.password", "configured password"));
        container
                .get(UserService.class)
                .create(new NewUser("boss", null, null, "the boss's password", Set.of("admin")));

        container.get(AdministratorBootstrap.class).ensureAdministrator();

        assertEquals(List.of("boss"), db.column("SELECT username FROM grantry_user"));
    }
}
