package dev.grantry.service.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Secrets given as files (Docker and Kubernetes secrets mount each as a file), as an alternative to environment
 * variables, which leak into process listings, crash reports and child processes more easily.
 */
final class SecretFiles {

    private SecretFiles() {}

    /**
     * Puts the content of the file that {@code file} names, without surrounding whitespace, in place of
     * {@code secret}'s value.
     *
     * @throws IllegalArgumentException when both are set, or the file cannot be read (never quoting its content)
     */
    static void resolve(Map<Setting, String> values, Setting secret, Setting file) {
        String path = values.get(file);
        if (path.isEmpty()) {
            return;
        }
        if (!values.get(secret).isEmpty()) {
            throw GrantrySettings.invalid(file, "cannot be set together with " + secret.environmentName());
        }
        try {
            values.put(
                    secret,
                    Files.readString(Path.of(path), StandardCharsets.UTF_8).strip());
        } catch (IOException | InvalidPathException e) {
            throw GrantrySettings.invalid(file, "names a file that cannot be read: " + path);
        }
    }
}
