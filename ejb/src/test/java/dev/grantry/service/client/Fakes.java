package dev.grantry.service.client;

import dev.grantry.persistence.scope.Scope;
import dev.grantry.persistence.scope.ScopeRepository;
import dev.grantry.persistence.user.Role;
import dev.grantry.persistence.user.User;
import dev.grantry.persistence.user.UserRepository;
import dev.grantry.service.fakes.FakeApplicationRepository;
import dev.grantry.service.scope.TestScopes;
import dev.grantry.service.secret.SecretHasher;
import dev.grantry.service.settings.GrantrySettings;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hand-written in-memory stand-ins for what {@link ApplicationService} injects. */
final class Fakes {

    private Fakes() {
    }

    /** A service over empty in-memory stores, with the users alice and bob and the given settings. */
    static ApplicationService service(Map<String, String> settings) {
        ApplicationService service = new ApplicationService();
        service.applications = new FakeApplicationRepository();
        service.scopes = TestScopes.catalog(new Scopes());
        service.users = new Users();
        service.hasher = new Hasher();
        service.settings = GrantrySettings.read(key -> Optional.ofNullable(settings.get(key)));
        service.clock = Clock.systemUTC();
        return service;
    }

    static final class Scopes implements ScopeRepository {
        private final List<Scope> scopes = new ArrayList<>(List.of(new Scope("repo:read", "View repositories"),
                new Scope("event:write", "Add and update events"), new Scope("openid", "Sign you in")));

        @Override
        public List<Scope> findAll() {
            return List.copyOf(scopes);
        }

        @Override
        public List<Scope> findByNames(Collection<String> names) {
            return scopes.stream().filter(s -> names.contains(s.getName())).toList();
        }

        @Override
        public Optional<Scope> findByName(String name) {
            return scopes.stream().filter(s -> s.getName().equals(name)).findFirst();
        }

        @Override
        public void add(Scope scope) {
            scopes.add(scope);
        }
    }

    static final class Users implements UserRepository {
        private final List<User> users = new ArrayList<>(List.of(user("alice"), user("bob")));

        private static User user(String name) {
            return new User(name, null, null, "hash", EnumSet.of(Role.USER), Instant.now());
        }

        @Override
        public Optional<User> findByUsername(String username) {
            return users.stream().filter(u -> u.getUsername().equals(username)).findFirst();
        }

        @Override
        public Optional<User> findById(long id) {
            return Optional.empty();
        }

        @Override
        public List<User> findAll() {
            return List.copyOf(users);
        }

        @Override
        public boolean existsWithRole(Role role) {
            return false;
        }

        @Override
        public User add(User user) {
            users.add(user);
            return user;
        }
    }

    /** A keyed-hash stand-in: deterministic and visibly not the secret itself. */
    static final class Hasher extends SecretHasher {
        @Override
        public String hash(String secret) {
            return "fake:" + Integer.toHexString(secret.hashCode()) + ":" + secret.length();
        }
    }
}
