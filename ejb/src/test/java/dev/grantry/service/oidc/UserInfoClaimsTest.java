package dev.grantry.service.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.grantry.persistence.user.Role;
import dev.grantry.persistence.user.User;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserInfoClaimsTest {

    private static final Instant CREATED = Instant.parse("2026-03-01T08:00:00Z");

    private final User alice =
            new User("alice", "Alice Liddell", "alice@example.org", "hash", Set.of(Role.USER), CREATED);

    @Test
    void whenOnlyOpenidIsGrantedThenOnlyTheStableSubject() {
        assertEquals(Map.of("sub", alice.getSubject()), UserInfoClaims.of(alice, Set.of("openid")));
        assertNotEquals("alice", alice.getSubject());
    }

    @Test
    void whenProfileAndEmailAreGrantedThenTheirClaimsInAStableOrder() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("sub", alice.getSubject());
        expected.put("name", "Alice Liddell");
        expected.put("preferred_username", "alice");
        expected.put("updated_at", CREATED.getEpochSecond());
        expected.put("email", "alice@example.org");
        expected.put("email_verified", false);

        Map<String, Object> claims = UserInfoClaims.of(alice, Set.of("openid", "profile", "email"));

        assertEquals(expected, claims);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(claims.keySet()));
    }

    @Test
    void whenTheUserHasNoNameOrAddressThenThoseClaimsAreLeftOut() {
        User bob = new User("bob", null, null, "hash", Set.of(Role.USER), CREATED);

        Map<String, Object> claims = UserInfoClaims.of(bob, Set.of("openid", "profile", "email"));

        assertEquals(Set.of("sub", "preferred_username", "updated_at"), claims.keySet());
    }

    @Test
    void whenTwoUsersAreCreatedThenTheirSubjectsDiffer() {
        User other = new User("alice2", null, null, "hash", Set.of(Role.USER), CREATED);

        assertNotEquals(alice.getSubject(), other.getSubject());
    }
}
