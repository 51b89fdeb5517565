package dev.grantry.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Grantry's WAR on Payara Micro in a child process, started as ops start it:
 * {@code java -jar payara-micro.jar --deploy grantry.war --port … --prebootcommandfile preboot.txt --nohazelcast
 * --disablephonehome}. The pre-boot commands bind HTTP to 127.0.0.1. Grantry's settings are the failsafe
 * execution's environment variables, which the child inherits. {@code src-it/pom.xml} names the files in system
 * properties: {@code it.micro.jar}, {@code it.micro.preboot}, {@code it.grantry.war}, {@code it.log}, and
 * {@code it.sample.war} when the sample resource server is to be deployed beside Grantry.
 */
public final class MicroGrantry implements StartedGrantry {

    /**
     * The serial collector and the C1 compiler start quickest and suffice for a test's load; C2 would take CPU from
     * the tests and Chromium on a small machine (the ITs hash passwords with few iterations, see src-it/pom.xml).
     */
    private static final List<String> JVM_OPTIONS = List.of("-Xmx768m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private static final Duration STARTUP = Duration.ofMinutes(4);
    /**
     * Answered 200 only once Grantry is deployed and started: Payara Micro answers 404 while it deploys, and its
     * {@code /health/ready} may say UP before Grantry's checks exist.
     */
    private static final String READY_PATH = "/.well-known/oauth-authorization-server";

    private final MicroProcess micro;
    private final Server server;

    private MicroGrantry(MicroProcess micro, Server server) {
        this.micro = micro;
        this.server = server;
    }

    /**
     * Starts Grantry on {@code it.port} and returns once it answers.
     *
     * @throws IllegalStateException when the port is taken, or Grantry is not ready within four minutes
     */
    public static MicroGrantry start() {
        int port = Integer.getInteger("it.port");
        requireFree(port);
        Instant deadline = Instant.now().plus(STARTUP);
        MicroProcess micro = MicroProcess.start(command(port), Path.of(System.getProperty("it.log")), deadline);
        Server server = Server.at(URI.create("http://127.0.0.1:" + port));
        while (!answers(server)) {
            micro.failIfGone(deadline);
            Pause.briefly();
        }
        return new MicroGrantry(micro, server);
    }

    private static List<String> command(int port) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.addAll(
                List.of("-jar", System.getProperty("it.micro.jar"), "--deploy", System.getProperty("it.grantry.war")));
        String sample = System.getProperty("it.sample.war");
        if (sample != null) {
            // Its own deployment: MicroProfile JWT cannot share one with Grantry's form login.
            command.addAll(List.of("--deploy", sample));
        }
        command.addAll(List.of(
                "--port",
                Integer.toString(port),
                "--prebootcommandfile",
                System.getProperty("it.micro.preboot"),
                "--nohazelcast",
                "--disablephonehome"));
        return command;
    }

    /** Refuses to start beside a server already on the port, which the tests would otherwise test instead. */
    static void requireFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // As a server binds it: a port that the previous execution's server has just left is free.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " is taken; pick another with -Dit.port=…", e);
        }
    }

    static boolean answers(Server server) {
        try {
            return server.get(READY_PATH).statusCode() == 200;
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    @Override
    public Server server() {
        return server;
    }

    @Override
    public ServerLog log() {
        return micro.log();
    }

    @Override
    public void close() {
        micro.close();
    }
}
