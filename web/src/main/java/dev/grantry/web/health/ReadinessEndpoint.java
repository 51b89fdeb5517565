package dev.grantry.web.health;

import static dev.grantry.web.JsonFactory.JSON;

import dev.grantry.service.health.DatabaseHealth;
import dev.grantry.service.setup.StartupProgress;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Readiness at {@code /health/ready} on servers whose MicroProfile Health does not serve it on Grantry's port
 * (GlassFish has none; WildFly's serves on its management port), with MicroProfile Health's JSON and status codes and
 * the same checks as {@link StartupReadinessCheck} and {@link DatabaseReadinessCheck}: 200 and UP once Grantry has
 * started and while the database answers, else 503 and DOWN. Where the server's MicroProfile Health owns
 * {@code /health} (Payara), requests never reach this.
 */
@Path("/health/ready")
public class ReadinessEndpoint {

    @Inject
    StartupProgress progress;

    @Inject
    DatabaseHealth databaseHealth;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response ready() {
        boolean started = progress.isFinished();
        boolean databaseAnswers = databaseHealth.databaseAnswers();
        boolean up = started && databaseAnswers;
        var body = JSON.createObjectBuilder()
                .add("status", status(up))
                .add(
                        "checks",
                        JSON.createArrayBuilder()
                                .add(check(StartupReadinessCheck.NAME, started))
                                .add(check(DatabaseReadinessCheck.NAME, databaseAnswers)))
                .build();
        return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(body.toString())
                .build();
    }

    private static JsonObject check(String name, boolean up) {
        return JSON.createObjectBuilder()
                .add("name", name)
                .add("status", status(up))
                .build();
    }

    private static String status(boolean up) {
        return up ? "UP" : "DOWN";
    }
}
