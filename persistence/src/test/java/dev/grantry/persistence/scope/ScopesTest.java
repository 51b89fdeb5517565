package dev.grantry.persistence.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopesTest {

    @Test
    void whenParsedThenSortedWithoutEmptyTokens() {
        assertEquals(List.of("a", "b:c"), List.copyOf(Scopes.parse(" b:c  a b:c")));
    }

    @Test
    void whenNullOrBlankThenNoScopes() {
        assertTrue(Scopes.parse(null).isEmpty());
        assertTrue(Scopes.parse("   ").isEmpty());
    }

    @Test
    void whenScopeHasForbiddenCharactersThenMalformed() {
        for (String scope : List.of("a\"b", "a\\b", "é", "a\tb")) {
            assertThrows(MalformedScopeException.class, () -> Scopes.parse(scope), scope);
        }
    }

    @Test
    void whenFormattedThenSortedAndSpaceDelimited() {
        assertEquals("a b c", Scopes.format(Set.of("c", "a", "b")));
    }

    @Test
    void whenStoredAndReadThenTheSameSetInTodaysColumnFormat() {
        ScopeSetConverter converter = new ScopeSetConverter();

        String column = converter.convertToDatabaseColumn(Set.of("user:read", "repo:read"));

        assertEquals("repo:read user:read", column);
        assertEquals(Set.of("repo:read", "user:read"), converter.convertToEntityAttribute(column));
        assertEquals(Set.of(), converter.convertToEntityAttribute(""));
    }
}
