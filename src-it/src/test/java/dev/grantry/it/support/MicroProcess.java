package dev.grantry.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A second Payara Micro that a test starts itself, for a deployment that cannot share the one Arquillian manages
 * (MicroProfile JWT beside Grantry's form login). It serves on 127.0.0.1 only (the integration tests' pre-boot
 * commands) and writes its log to a file, which tests read to learn why a request was refused.
 */
public final class MicroProcess implements AutoCloseable {

    private static final Pattern READY = Pattern.compile("Payara Micro .*ready in");
    private static final Duration STARTUP = Duration.ofSeconds(240);
    private static final Duration STOP = Duration.ofSeconds(30);

    private final Process process;
    private final Path log;

    private MicroProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * Deploys {@code war} on {@code port} with {@code environment} added to this JVM's, and returns once Payara
     * Micro logs that it is ready.
     *
     * @throws IllegalStateException when it exits or is not ready within four minutes (it is then stopped)
     */
    public static MicroProcess start(Path war, int port, Map<String, String> environment, Path log) {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-jar", System.getProperty("payara.microJar", "target/payara-micro.jar"),
                "--deploy", war.toString(),
                "--port", Integer.toString(port),
                "--prebootcommandfile", Path.of("src/test/micro/preboot.txt").toAbsolutePath().toString(),
                "--nohazelcast", "--disablephonehome");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        try {
            MicroProcess micro = new MicroProcess(builder.start(), log);
            micro.awaitReady();
            return micro;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(STARTUP);
        while (!READY.matcher(log()).find()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                close();
                throw new IllegalStateException("Payara Micro did not start; its log is " + log);
            }
            pause();
        }
    }

    /** Everything logged so far. */
    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether {@code text} is logged after the first {@code mark} characters within ten seconds: the log is written
     * a moment after the response that caused it.
     */
    public boolean logsAfter(int mark, String text) {
        Instant deadline = Instant.now().plusSeconds(10);
        while (!log().substring(mark).contains(text)) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            pause();
        }
        return true;
    }

    /** Stops the server (SIGTERM, then SIGKILL if it has not ended within 30 seconds) and waits for its end. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(STOP.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
