package dev.grantry.web.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.grantry.service.audit.AuditEntry;
import java.io.StringWriter;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

    @Test
    void whenAFieldHoldsACommaAQuoteOrALineBreakThenItIsQuotedWithItsQuotesDoubled() {
        assertEquals("plain", AuditCsv.field("plain"));
        assertEquals("\"a,b\"", AuditCsv.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", AuditCsv.field("say \"hi\""));
        assertEquals("\"two\nlines\"", AuditCsv.field("two\nlines"));
        assertEquals("\"carriage\rreturn\"", AuditCsv.field("carriage\rreturn"));
        assertEquals("", AuditCsv.field(null));
        assertEquals("", AuditCsv.field(""));
        assertEquals("12", AuditCsv.field(12L));
        assertEquals("héllo ✓", AuditCsv.field("héllo ✓"));
    }

    @Test
    void whenAFieldWouldRunAsASpreadsheetFormulaThenItStartsWithAnApostrophe() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", AuditCsv.field("=HYPERLINK(\"x\")"));
        assertEquals("'+1", AuditCsv.field("+1"));
        assertEquals("'-1", AuditCsv.field("-1"));
        assertEquals("'@SUM(A1)", AuditCsv.field("@SUM(A1)"));
        assertEquals("\"'=1,2\"", AuditCsv.field("=1,2"));
    }

    @Test
    void whenEventsAreWrittenThenAHeaderAndOneCrlfLinePerEventInColumnOrder() {
        StringWriter out = new StringWriter();
        AuditCsv csv = new AuditCsv(out);

        csv.header();
        csv.row(new AuditEntry(
                7,
                Instant.parse("2026-12-01T10:00:00.123Z"),
                "TOKEN_ISSUED",
                "SUCCESS",
                "client:app",
                "alice",
                "app",
                "repo:read user:read",
                3L,
                "jti-1",
                "127.0.0.1",
                "Mozilla/5.0 (X11, Linux)",
                "node#1",
                "authorization_code",
                12L));
        csv.row(new AuditEntry(
                8,
                Instant.parse("2026-12-01T10:00:01Z"),
                "SIGN_IN",
                "FAILURE",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "node#1",
                "unknown username",
                null));

        assertEquals(
                "id,occurred_at,type,outcome,actor,user,client_id,scopes,grant_id,token_jti,remote_address,user_agent,"
                        + "node,detail,chain_seq\r\n"
                        + "7,2026-12-01T10:00:00.123Z,TOKEN_ISSUED,SUCCESS,client:app,alice,app,repo:read user:read,3,"
                        + "jti-1,127.0.0.1,\"Mozilla/5.0 (X11, Linux)\",node#1,authorization_code,12\r\n"
                        + "8,2026-12-01T10:00:01Z,SIGN_IN,FAILURE,,,,,,,,,node#1,unknown username,\r\n",
                out.toString());
    }
}
