package dev.grantry.service.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopesTest {

    @Test
    void whenParsedThenSortedWithoutEmptyTokens() {
        assertEquals(List.of("a", "b:c"), List.copyOf(Scopes.parse(" b:c  a b:c")));
    }

    @Test
    void whenScopeHasForbiddenCharactersThenInvalidScope() {
        for (String scope : List.of("a\"b", "a\\b", "é")) {
            OAuthException e = assertThrows(OAuthException.class, () -> Scopes.parse(scope));
            assertEquals(OAuthError.INVALID_SCOPE, e.error());
        }
    }

    @Test
    void whenFormattedThenSortedAndSpaceDelimited() {
        assertEquals("a b c", Scopes.format(Set.of("c", "a", "b")));
    }
}
