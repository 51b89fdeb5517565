package dev.grantry.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** A server's log file, which tests read to learn why a request was refused. */
public final class ServerLog {

    private final Path file;

    public ServerLog(Path file) {
        this.file = file;
    }

    /** Everything logged so far. */
    public String text() {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether {@code text} is logged after the first {@code mark} characters within 30 seconds: the log is written
     * after the response that caused it, many seconds later on a saturated machine.
     */
    public boolean logsAfter(int mark, String text) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (!text().substring(mark).contains(text)) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            Pause.briefly();
        }
        return true;
    }

    @Override
    public String toString() {
        return file.toString();
    }
}
