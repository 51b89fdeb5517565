package dev.grantry.service.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScopeParameterTest {

    @Test
    void whenParsedThenSortedWithoutEmptyTokens() {
        assertEquals(List.of("a", "b:c"), List.copyOf(ScopeParameter.parse(" b:c  a b:c")));
    }

    @Test
    void whenScopeHasForbiddenCharactersThenInvalidScope() {
        for (String scope : List.of("a\"b", "a\\b", "é")) {
            OAuthException e = assertThrows(OAuthException.class, () -> ScopeParameter.parse(scope));
            assertEquals(OAuthError.INVALID_SCOPE, e.error());
        }
    }
}
