package dev.grantry.web.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class BearerCredentialsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Bearer eyJ.a-b_c~d+e/f=",
                "bearer eyJ.a-b_c~d+e/f=",
                "BEARER eyJ.a-b_c~d+e/f=",
                "Bearer   eyJ.a-b_c~d+e/f=  "
            })
    void whenTheHeaderIsABearerOneThenItsTokenIsRead(String header) {
        assertEquals("eyJ.a-b_c~d+e/f=", BearerCredentials.token(header));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {"", "Bearer", "Bearer ", "Bearer    ", "Bearertoken", "Basic YTpi", "Token abc", " Bearer abc"})
    void whenTheHeaderIsMissingOrNotABearerOneThenThereIsNoToken(String header) {
        assertNull(BearerCredentials.token(header));
    }

    @Test
    void whenTheTokenHasInnerSpacesThenTheyAreKept() {
        assertEquals("a b", BearerCredentials.token("Bearer a b"));
    }
}
