package dev.grantry.service.authorize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PkceTest {

    /** RFC 7636 Appendix B. */
    private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

    private static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    @Test
    void whenVerifierFromTheRfcThenItsChallenge() {
        assertEquals(CHALLENGE, Pkce.s256(VERIFIER));
        assertTrue(Pkce.verify("S256", CHALLENGE, VERIFIER));
    }

    @Test
    void whenVerifierWrongThenRefused() {
        assertFalse(Pkce.verify("S256", CHALLENGE, VERIFIER.replace('d', 'e')));
        assertFalse(Pkce.verify("S256", CHALLENGE, null));
        assertFalse(Pkce.verify("S256", CHALLENGE, "too-short"));
        assertFalse(Pkce.verify("S256", CHALLENGE, CHALLENGE), "the challenge is not its own verifier");
    }

    @Test
    void whenPlainThenVerifierEqualsChallenge() {
        assertTrue(Pkce.verify("plain", VERIFIER, VERIFIER));
        assertFalse(Pkce.verify("plain", CHALLENGE, VERIFIER));
        assertFalse(Pkce.verify("unknown", VERIFIER, VERIFIER));
    }

    @Test
    void whenSyntaxCheckedThenUnreservedCharactersOnly() {
        assertTrue(Pkce.isWellFormed(VERIFIER));
        assertFalse(Pkce.isWellFormed("a".repeat(42)));
        assertFalse(Pkce.isWellFormed("a".repeat(129)));
        assertFalse(Pkce.isWellFormed("a".repeat(42) + "+"));
    }
}
