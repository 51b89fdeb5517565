package dev.grantry.it.support;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A server that a test started as a child process (Payara Micro, HAProxy). Should the test JVM end without closing it
 * (a failsafe timeout), a shutdown hook kills it, so that no server is left holding a port.
 */
public final class ChildProcess implements AutoCloseable {

    private final Process process;
    private final Duration stopTimeout;
    private final Thread stopOnExit;

    /** Takes charge of {@code process}; {@link #close()} gives it {@code stopTimeout} to end on SIGTERM. */
    public ChildProcess(Process process, String name, Duration stopTimeout) {
        this.process = process;
        this.stopTimeout = stopTimeout;
        this.stopOnExit = new Thread(process::destroyForcibly, "stop " + name);
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Ends the process at once (SIGKILL, as {@code kill -9}) and waits for its end. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(stopTimeout.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the process (SIGTERM, then SIGKILL if it has not ended in time) and waits for its end. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(stopTimeout.toSeconds(), TimeUnit.SECONDS)) {
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
