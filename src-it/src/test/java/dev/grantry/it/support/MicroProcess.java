package dev.grantry.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** A Payara Micro in a {@link ChildProcess}, its output written to a log file. */
public final class MicroProcess implements AutoCloseable {

    /** Logged once every {@code --deploy}ed application is deployed. */
    private static final Pattern READY = Pattern.compile("Payara Micro .*ready in");

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final ChildProcess process;
    private final ServerLog log;

    private MicroProcess(Process process, ServerLog log) {
        this.process = new ChildProcess(process, "Payara Micro", STOP_TIMEOUT);
        this.log = log;
    }

    /**
     * Runs {@code command} (a {@code java … -jar payara-micro.jar …} command line) with this JVM's environment and
     * {@code environment} over it, and returns once Payara Micro logs that it is ready.
     *
     * @throws IllegalStateException when it exits or is not ready by {@code deadline} (it is then stopped)
     */
    public static MicroProcess start(
            List<String> command, Map<String, String> environment, Path logFile, Instant deadline) {
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile());
        builder.environment().putAll(environment);
        MicroProcess micro;
        try {
            micro = new MicroProcess(builder.start(), new ServerLog(logFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        while (!READY.matcher(micro.log.text()).find()) {
            micro.failIfGone(deadline);
            Pause.briefly();
        }
        return micro;
    }

    /**
     * Stops the server and throws when it has exited or {@code deadline} has passed.
     *
     * @throws IllegalStateException naming the log to read
     */
    public void failIfGone(Instant deadline) {
        if (!process.isAlive() || Instant.now().isAfter(deadline)) {
            close();
            throw new IllegalStateException("Payara Micro did not start; its log is " + log);
        }
    }

    public ServerLog log() {
        return log;
    }

    /** Ends the server at once (SIGKILL, as {@code kill -9}) and waits for its end. */
    public void kill() {
        process.kill();
    }

    /** Stops the server (SIGTERM, then SIGKILL if it has not ended within 30 seconds) and waits for its end. */
    @Override
    public void close() {
        process.close();
    }
}
