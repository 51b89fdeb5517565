package dev.grantry.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Grantry's EAR on an application server, set up, started and stopped by a script that uses the server's own CLI
 * as the README tells ops ({@code src-it/src/test/servers/}; the Maven profile of the server names it in the system
 * property {@code it.server.script}, the unpacked distribution in {@code it.server.home}, the EAR in
 * {@code it.server.ear}). Grantry's settings are the failsafe execution's environment variables, which the script
 * and so the server inherit. Each execution gets a fresh server in a directory of its own beside its log
 * ({@code it.log}); {@code it.db.file}, when set, becomes ops' datasource, else Grantry uses its own embedded one.
 */
public final class ServerGrantry implements StartedGrantry {

    /** A whole server starts and deploys far slower than Payara Micro on a busy small machine. */
    private static final Duration STARTUP = Duration.ofMinutes(10);

    private static final Duration STOP = Duration.ofMinutes(2);

    private final Map<String, String> environment;
    private final Path setupLog;
    private final Server server;
    private final ServerLog log;
    private final Thread stopOnExit;

    private ServerGrantry(Map<String, String> environment, Path setupLog, Server server, ServerLog log) {
        this.environment = environment;
        this.setupLog = setupLog;
        this.server = server;
        this.log = log;
        this.stopOnExit = new Thread(this::stop, "stop the application server");
    }

    /** Whether the tests run against an application server rather than Payara Micro. */
    public static boolean chosen() {
        return System.getProperty("it.server.script") != null;
    }

    /**
     * Sets up and starts the server with Grantry deployed on {@code it.port}, and returns once Grantry answers.
     *
     * @throws IllegalStateException when the port is taken or the script fails (the server is then stopped)
     */
    public static ServerGrantry start() {
        int port = Integer.getInteger("it.port");
        MicroNode.requireFree(port);
        Path log = Path.of(System.getProperty("it.log"));
        String base = log.toString().replaceFirst("\\.log$", "");
        Map<String, String> environment = new HashMap<>(Map.of(
                "IT_SERVER_HOME", System.getProperty("it.server.home"),
                "IT_SERVER_WORK", base + "-server",
                "IT_PORT", Integer.toString(port),
                "IT_EAR", System.getProperty("it.server.ear"),
                "IT_LOG", log.toString()));
        putIfSet(environment, "IT_DB_FILE", "it.db.file");
        putIfSet(environment, "IT_SAMPLE_WAR", "it.sample.war");
        ServerGrantry grantry = new ServerGrantry(
                environment,
                Path.of(base + "-setup.log"),
                Server.at(URI.create("http://127.0.0.1:" + port)),
                new ServerLog(log));
        Runtime.getRuntime().addShutdownHook(grantry.stopOnExit);
        Instant deadline = Instant.now().plus(STARTUP);
        if (!grantry.run("start", deadline) || !grantry.answersBy(deadline)) {
            grantry.close();
            throw new IllegalStateException(
                    "The server did not start Grantry; read " + grantry.setupLog + " and " + log);
        }
        return grantry;
    }

    private static void putIfSet(Map<String, String> environment, String name, String property) {
        String value = System.getProperty(property);
        if (value != null) {
            environment.put(name, value);
        }
    }

    private boolean answersBy(Instant deadline) {
        while (!MicroNode.answers(server)) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            Pause.briefly();
        }
        return true;
    }

    /** Runs the script with {@code command}, its output appended to the setup log; whether it succeeded in time. */
    private boolean run(String command, Instant deadline) {
        ProcessBuilder builder = new ProcessBuilder(System.getProperty("it.server.script"), command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(setupLog.toFile()));
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            long millis = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
            if (!process.waitFor(millis, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void stop() {
        run("stop", Instant.now().plus(STOP));
    }

    @Override
    public Server server() {
        return server;
    }

    @Override
    public ServerLog log() {
        return log;
    }

    /** Stops the server, also when the tests failed. */
    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException e) {
            // Closed while the JVM exits: the hook runs anyway and finds the server stopped.
        }
    }
}
