package dev.grantry.web.audit;

import dev.grantry.service.audit.AuditEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes audit events as CSV (RFC 4180 <a href="https://www.rfc-editor.org/rfc/rfc4180#section-2">§2</a>): a header
 * line, one line per event, CRLF line breaks, and a field in double quotes (with its quotes doubled) when it holds a
 * comma, a quote or a line break. Times are ISO 8601 instants in UTC; unsealed events have an empty chain place.
 *
 * <p>A field that a spreadsheet would run as a formula ({@code = + - @}, a tab or a carriage return first) gets a
 * leading apostrophe (OWASP's advice on CSV injection): the user agent and the usernames come from outside.
 */
public final class AuditCsv {

    static final List<String> HEADER = List.of(
            "id",
            "occurred_at",
            "type",
            "outcome",
            "actor",
            "user",
            "client_id",
            "scopes",
            "grant_id",
            "token_jti",
            "remote_address",
            "user_agent",
            "node",
            "detail",
            "chain_seq");

    private static final String CRLF = "\r\n";

    private final Writer out;

    public AuditCsv(Writer out) {
        this.out = out;
    }

    public void header() {
        line(HEADER.toArray());
    }

    public void row(AuditEntry entry) {
        line(
                entry.id(),
                entry.occurredAt(),
                entry.type(),
                entry.outcome(),
                entry.actor(),
                entry.subjectUser(),
                entry.clientId(),
                entry.scopes(),
                entry.grantId(),
                entry.tokenJti(),
                entry.remoteAddress(),
                entry.userAgent(),
                entry.node(),
                entry.detail(),
                entry.chainSeq());
    }

    private void line(Object... fields) {
        try {
            out.write(Arrays.stream(fields).map(AuditCsv::field).collect(Collectors.joining(",")) + CRLF);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One field, quoted when RFC 4180 asks for it; {@code null} is the empty field. */
    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
