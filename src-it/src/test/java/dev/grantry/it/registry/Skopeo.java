package dev.grantry.it.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's {@code skopeo}, copying images between an OCI layout and the loopback registry over plain HTTP, with a
 * signature policy that accepts anything (the test's own images) and no credentials but those a call names.
 */
final class Skopeo {

    static final String BINARY = "/usr/bin/skopeo";

    private final Path policy;
    private final Path authFile;

    Skopeo(Path directory) throws IOException {
        Files.createDirectories(directory);
        policy = Files.writeString(
                directory.resolve("policy.json"), "{\"default\":[{\"type\":\"insecureAcceptAnything\"}]}");
        authFile = directory.resolve("auth.json");
        Files.writeString(authFile, "{\"auths\":{}}");
    }

    /** What one skopeo run did: its exit code and what it printed. */
    record Result(int exitCode, String output) {
        boolean succeeded() {
            return exitCode == 0;
        }
    }

    /** Pushes {@code source} (an {@code oci:} reference) to {@code destination} as {@code username:secret}. */
    Result push(String source, String destination, String username, String secret)
            throws IOException, InterruptedException {
        return run(
                "copy",
                "--dest-tls-verify=false",
                "--dest-creds",
                username + ":" + secret,
                source,
                "docker://" + destination);
    }

    /** Pulls {@code source} into {@code destination} (an {@code oci:} reference) as {@code username:secret}. */
    Result pull(String source, String destination, String username, String secret)
            throws IOException, InterruptedException {
        return run(
                "copy",
                "--src-tls-verify=false",
                "--src-creds",
                username + ":" + secret,
                "docker://" + source,
                destination);
    }

    private Result run(String command, String... arguments) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(BINARY, "--policy", policy.toString(), command));
        line.addAll(List.of(arguments));
        line.add(1, "--command-timeout=60s");
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
        builder.environment().put("REGISTRY_AUTH_FILE", authFile.toString());
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("skopeo did not end: " + output);
        }
        return new Result(process.exitValue(), output);
    }
}
