package dev.grantry.web.audit;

import dev.grantry.service.audit.AuditLog;
import dev.grantry.service.audit.AuditQuery;
import dev.grantry.web.oauth.NoStore;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /admin/audit/export.csv}: every audit event the filters of {@code /admin/audit} select, as CSV in UTF-8
 * ({@link AuditCsv}), streamed while it is read, batch by batch, so that a million events need no more memory than a
 * page. For auditors and administrators: the security constraint of {@code /admin/audit/*} signs them in, and this
 * resource checks the role again.
 */
@Path("/admin/audit/export.csv")
@NoStore
public class AuditExport {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8.name());

    @Inject
    AuditLog log;

    @GET
    public Response export(
            @Context SecurityContext security,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("type") String type,
            @QueryParam("user") String user,
            @QueryParam("client") String client,
            @QueryParam("outcome") String outcome) {
        if (!security.isUserInRole("auditor") && !security.isUserInRole("admin")) {
            return Response.status(Response.Status.FORBIDDEN).build();
        }
        AuditQuery query;
        try {
            query = AuditParameters.query(from, to, type, user, client, outcome);
        } catch (IllegalArgumentException e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .type(MediaType.TEXT_PLAIN_TYPE.withCharset(StandardCharsets.UTF_8.name()))
                    .entity(e.getMessage())
                    .build();
        }
        StreamingOutput body = output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            AuditCsv csv = new AuditCsv(writer);
            csv.header();
            log.export(query, csv::row);
            writer.flush();
        };
        return Response.ok(body, CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"grantry-audit.csv\"")
                .build();
    }
}
