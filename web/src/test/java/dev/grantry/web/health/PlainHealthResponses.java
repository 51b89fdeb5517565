package dev.grantry.web.health;

import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/** The server's MicroProfile Health implementation builds the responses; this stands in for it in unit tests. */
final class PlainHealthResponses {

    private PlainHealthResponses() {}

    static void install() {
        HealthCheckResponse.setResponseProvider(PlainBuilder::new);
    }

    /** Keeps the name and the status; the check sends no data. */
    private static final class PlainBuilder extends HealthCheckResponseBuilder {

        private String name;
        private boolean up;

        @Override
        public HealthCheckResponseBuilder name(String name) {
            this.name = name;
            return this;
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, String value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, long value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, boolean value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public HealthCheckResponseBuilder up() {
            return status(true);
        }

        @Override
        public HealthCheckResponseBuilder down() {
            return status(false);
        }

        @Override
        public HealthCheckResponseBuilder status(boolean up) {
            this.up = up;
            return this;
        }

        @Override
        public HealthCheckResponse build() {
            return new HealthCheckResponse(
                    name, up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN, Optional.empty());
        }
    }
}
