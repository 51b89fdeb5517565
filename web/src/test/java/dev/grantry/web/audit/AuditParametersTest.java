package dev.grantry.web.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.service.audit.AuditCursor;
import dev.grantry.service.audit.AuditQuery;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditParametersTest {

    @Test
    void whenTimesAreDaysThenFromStartsTheFirstAndToIncludesTheLastInUtc() {
        AuditQuery query = AuditParameters.query("2026-12-01", "2026-12-02", "SIGN_IN", " alice ", "app", "FAILURE");

        assertEquals(
                new AuditQuery(
                        Instant.parse("2026-12-01T00:00:00Z"),
                        Instant.parse("2026-12-03T00:00:00Z"),
                        "SIGN_IN",
                        "alice",
                        "app",
                        "FAILURE"),
                query);
    }

    @Test
    void whenTimesAreInstantsThenTakenAsTheyAre() {
        AuditQuery query =
                AuditParameters.query("2026-12-01T10:00:00Z", "2026-12-01T11:00:00.5Z", null, null, null, "");

        assertEquals(Instant.parse("2026-12-01T10:00:00Z"), query.from());
        assertEquals(Instant.parse("2026-12-01T11:00:00.500Z"), query.to());
        assertEquals(AuditQuery.ALL, AuditParameters.query(null, " ", "", null, null, null));
    }

    @Test
    void whenAParameterIsMalformedThenRefusedWithAMessageNamingIt() {
        assertTrue(assertThrows(
                        IllegalArgumentException.class,
                        () -> AuditParameters.query("yesterday", null, null, null, null, null))
                .getMessage()
                .startsWith("The from time is a day"));
        assertTrue(assertThrows(
                        IllegalArgumentException.class,
                        () -> AuditParameters.query(null, "2026-13-01", null, null, null, null))
                .getMessage()
                .startsWith("The to time"));
        assertThrows(
                IllegalArgumentException.class,
                () -> AuditParameters.query("2026-12-02", "2026-12-01T00:00:00Z", null, null, null, null));
        assertThrows(
                IllegalArgumentException.class, () -> AuditParameters.query(null, null, "sign_in", null, null, null));
        assertThrows(IllegalArgumentException.class, () -> AuditParameters.cursor("page-2"));
    }

    @Test
    void whenALimitIsGivenThenItMustBeWithinOneAndTheMaximum() {
        assertEquals(AuditParameters.DEFAULT_LIMIT, AuditParameters.limit(null, 500));
        assertEquals(10, AuditParameters.limit(" 10 ", 500));
        assertEquals(500, AuditParameters.limit("500", 500));
        for (String bad : new String[] {"0", "501", "-1", "ten", "1e3", "99999999999"}) {
            assertEquals(
                    "The limit is a whole number from 1 to 500.",
                    assertThrows(IllegalArgumentException.class, () -> AuditParameters.limit(bad, 500))
                            .getMessage());
        }
    }

    @Test
    void whenTheCursorIsBlankThenTheFirstPageElseThePlaceItNames() {
        assertNull(AuditParameters.cursor(" "));
        AuditCursor cursor = new AuditCursor(Instant.parse("2026-12-01T10:00:00Z"), 9);
        assertEquals(cursor, AuditParameters.cursor(cursor.token()));
    }
}
