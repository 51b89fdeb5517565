package dev.grantry.web.page;

import dev.grantry.service.audit.AuditChainVerifier;
import dev.grantry.service.audit.AuditEntry;
import dev.grantry.service.audit.AuditLog;
import dev.grantry.service.audit.AuditPage;
import dev.grantry.service.audit.AuditQuery;
import dev.grantry.service.audit.ChainVerification;
import dev.grantry.web.audit.AuditChart;
import dev.grantry.web.audit.AuditParameters;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Backs {@code admin/audit.xhtml}, for auditors and administrators: the audit trail filtered by time, event type,
 * user, application and outcome (all in the address, so that a row links to a user's or an application's history),
 * newest first, one keyset page at a time; the chart of tokens issued per day; "Verify chain".
 */
@Named
@ViewScoped
public class AdminAuditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int PAGE_SIZE = 50;
    /** How many days the chart shows, up to the filter's last day (or today). */
    static final int CHART_DAYS = 14;

    static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    @Inject
    AuditLog log;

    @Inject
    AuditChainVerifier verifier;

    @Inject
    FacesContext faces;

    private String from;
    private String to;
    private String type;
    private String user;
    private String client;
    private String outcome;
    private String after;

    private List<AuditEntry> entries = List.of();
    private String next;
    private String chart;
    private ChainVerification verification;

    /** Reads the page the address asks for; a malformed filter is told, and nothing is shown. */
    public void load() {
        try {
            AuditQuery query = AuditParameters.query(from, to, type, user, client, outcome);
            AuditPage page = log.page(query, AuditParameters.cursor(after), PAGE_SIZE);
            entries = page.entries();
            next = page.next() == null ? null : page.next().token();
            chart = AuditChart.svg(log.tokensIssuedPerDay(query.to(), CHART_DAYS));
        } catch (IllegalArgumentException e) {
            PageMessages.error(faces, e.getMessage());
        }
    }

    public void verifyChain() {
        verification = verifier.verify();
        if (verification.intact()) {
            PageMessages.info(faces, verification.summary());
        } else {
            PageMessages.error(faces, verification.summary());
        }
    }

    /** The filters that are set, for the paging and export forms to carry on. */
    public List<AuditFilterField> getFilterFields() {
        List<AuditFilterField> fields = new ArrayList<>();
        addIfSet(fields, "from", from);
        addIfSet(fields, "to", to);
        addIfSet(fields, "type", type);
        addIfSet(fields, "user", user);
        addIfSet(fields, "client", client);
        addIfSet(fields, "outcome", outcome);
        return fields;
    }

    private static void addIfSet(List<AuditFilterField> fields, String name, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(new AuditFilterField(name, value.trim()));
        }
    }

    public String when(Instant instant) {
        return WHEN.format(instant);
    }

    public List<String> getEventTypes() {
        return AuditQuery.eventTypes();
    }

    public List<String> getOutcomes() {
        return AuditQuery.outcomes();
    }

    public List<AuditEntry> getEntries() {
        return entries;
    }

    /** The cursor of the next (older) page; {@code null} on the last page. */
    public String getNext() {
        return next;
    }

    /** Whether this is a later page, so that "Newest" leads back to the first. */
    public boolean isPaged() {
        return after != null && !after.isBlank();
    }

    /** The chart's SVG markup, escaped by {@link AuditChart}. */
    public String getChart() {
        return chart;
    }

    public ChainVerification getVerification() {
        return verification;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getClient() {
        return client;
    }

    public void setClient(String client) {
        this.client = client;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getAfter() {
        return after;
    }

    public void setAfter(String after) {
        this.after = after;
    }
}
