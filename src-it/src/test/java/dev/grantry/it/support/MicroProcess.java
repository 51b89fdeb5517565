package dev.grantry.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A Payara Micro in a child process, its output written to a log file. Should the test JVM end without closing it (a
 * failsafe timeout), a shutdown hook stops it, so that no server is left holding the port.
 */
public final class MicroProcess implements AutoCloseable {

    /** Logged once every {@code --deploy}ed application is deployed. */
    private static final Pattern READY = Pattern.compile("Payara Micro .*ready in");

    private static final long STOP_SECONDS = 30;

    private final Process process;
    private final ServerLog log;
    private final Thread stopOnExit;

    private MicroProcess(Process process, ServerLog log) {
        this.process = process;
        this.log = log;
        this.stopOnExit = new Thread(process::destroyForcibly, "stop Payara Micro");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /**
     * Runs {@code command} (a {@code java … -jar payara-micro.jar …} command line) with this JVM's environment and
     * returns once Payara Micro logs that it is ready.
     *
     * @throws IllegalStateException when it exits or is not ready by {@code deadline} (it is then stopped)
     */
    public static MicroProcess start(List<String> command, Path logFile, Instant deadline) {
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile());
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

    /** Stops the server (SIGTERM, then SIGKILL if it has not ended within 30 seconds) and waits for its end. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException e) {
            // Closed by another shutdown hook while the JVM exits: the hook runs anyway and finds it stopped.
        }
    }
}
