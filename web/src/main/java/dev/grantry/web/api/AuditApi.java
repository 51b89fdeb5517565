package dev.grantry.web.api;

import static dev.grantry.web.JsonFactory.JSON;

import dev.grantry.service.audit.AuditChainVerifier;
import dev.grantry.service.audit.AuditCursor;
import dev.grantry.service.audit.AuditEntry;
import dev.grantry.service.audit.AuditLog;
import dev.grantry.service.audit.AuditPage;
import dev.grantry.service.audit.AuditQuery;
import dev.grantry.service.audit.ChainVerification;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.scope.ScopeCatalog;
import dev.grantry.service.token.AccessTokenVerifier;
import dev.grantry.web.audit.AuditParameters;
import dev.grantry.web.oauth.BearerCredentials;
import dev.grantry.web.oauth.NoStore;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The audit trail for SIEM tools: {@code GET /api/v1/audit} (newest first, filtered like {@code /admin/audit},
 * {@code next_cursor} for the next page) and {@code GET /api/v1/audit/verify} (the chain's verification), for a bearer
 * token (RFC 6750 <a href="https://www.rfc-editor.org/rfc/rfc6750#section-2.1">§2.1</a>) that an application got for
 * itself with the privileged scope {@value ScopeCatalog#AUDIT_READ}, which only an administrator gives. A refused
 * token is answered per RFC 6750 §3 ({@code WWW-Authenticate: Bearer}, 401 or 403); malformed parameters with 400
 * {@code invalid_request}.
 */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@NoStore
public class AuditApi {

    @Inject
    AccessTokenVerifier verifier;

    @Inject
    AuditLog log;

    @Inject
    AuditChainVerifier chain;

    @GET
    public Response events(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("type") String type,
            @QueryParam("user") String user,
            @QueryParam("client") String client,
            @QueryParam("outcome") String outcome,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit) {
        requireAuditor(authorization);
        AuditQuery query;
        AuditCursor after;
        int size;
        try {
            query = AuditParameters.query(from, to, type, user, client, outcome);
            after = AuditParameters.cursor(cursor);
            size = AuditParameters.limit(limit, AuditLog.MAX_PAGE);
        } catch (IllegalArgumentException e) {
            throw new OAuthException(OAuthError.INVALID_REQUEST, e.getMessage());
        }
        AuditPage page = log.page(query, after, size);
        JsonArrayBuilder events = JSON.createArrayBuilder();
        page.entries().forEach(entry -> events.add(json(entry)));
        JsonObjectBuilder body = JSON.createObjectBuilder().add("events", events);
        if (page.next() != null) {
            body.add("next_cursor", page.next().token());
        }
        return Response.ok(body.build().toString()).build();
    }

    @GET
    @Path("verify")
    public Response verify(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        requireAuditor(authorization);
        ChainVerification result = chain.verify();
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("intact", result.intact())
                .add("checked", result.checked())
                .add("unsealed", result.unsealed())
                .add("summary", result.summary());
        if (!result.intact()) {
            body.add("broken_seq", result.brokenSeq())
                    .add("problem", result.problem().name());
            if (result.brokenEventId() != null) {
                body.add("broken_event_id", result.brokenEventId());
            }
        }
        return Response.ok(body.build().toString()).build();
    }

    /** A request without a token is challenged without an error code (RFC 6750 §3.1). */
    private void requireAuditor(String authorization) {
        String token = BearerCredentials.token(authorization);
        if (token == null) {
            throw new NotAuthorizedException("Bearer realm=\"grantry\"");
        }
        if (!verifier.require(token, ScopeCatalog.AUDIT_READ).isApplicationPower(ScopeCatalog.AUDIT_READ)) {
            throw new OAuthException(
                    OAuthError.INSUFFICIENT_SCOPE,
                    "Only an application that an administrator allowed " + ScopeCatalog.AUDIT_READ
                            + " reads the audit trail, with a token it got for itself.");
        }
    }

    static JsonObjectBuilder json(AuditEntry entry) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", entry.id())
                .add("occurred_at", entry.occurredAt().toString())
                .add("type", entry.type())
                .add("outcome", entry.outcome());
        add(json, "actor", entry.actor());
        add(json, "user", entry.subjectUser());
        add(json, "client_id", entry.clientId());
        add(json, "scope", entry.scopes());
        add(json, "grant_id", entry.grantId());
        add(json, "jti", entry.tokenJti());
        add(json, "remote_address", entry.remoteAddress());
        add(json, "user_agent", entry.userAgent());
        add(json, "node", entry.node());
        add(json, "detail", entry.detail());
        json.add("sealed", entry.sealed());
        if (entry.chainSeq() != null) {
            json.add("chain_seq", entry.chainSeq());
        }
        return json;
    }

    private static void add(JsonObjectBuilder json, String name, Object value) {
        if (value instanceof Long number) {
            json.add(name, number);
        } else if (value != null) {
            json.add(name, value.toString());
        }
    }
}
