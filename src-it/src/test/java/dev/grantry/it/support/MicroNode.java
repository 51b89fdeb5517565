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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Grantry's WAR on one Payara Micro in a child process, started as ops start it: {@code java -jar payara-micro.jar
 * --deploy grantry.war --port … --prebootcommandfile preboot.txt --disablephonehome}, and {@code --nohazelcast}
 * unless it is to join a cluster. The pre-boot commands bind HTTP and HTTPS to 127.0.0.1. Grantry's settings are this
 * JVM's environment variables (the failsafe execution's), which the child inherits, and those given to the builder.
 * {@code src-it/pom.xml} names the files in system properties: {@code it.micro.jar}, {@code it.micro.preboot},
 * {@code it.grantry.war}.
 */
public final class MicroNode implements AutoCloseable {

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

    private MicroNode(MicroProcess micro, Server server) {
        this.micro = micro;
        this.server = server;
    }

    /** A node that will serve HTTP on 127.0.0.1:{@code port} and log to {@code logFile}. */
    public static Builder on(int port, Path logFile) {
        return new Builder(port, logFile);
    }

    /** The node over plain HTTP. */
    public Server server() {
        return server;
    }

    public ServerLog log() {
        return micro.log();
    }

    /** Ends the node at once, as {@code kill -9} does: no shutdown, no goodbye to the cluster. */
    public void kill() {
        micro.kill();
    }

    @Override
    public void close() {
        micro.close();
    }

    /** What the node runs with; {@link #start()} starts it. */
    public static final class Builder {

        private final int port;
        private final Path logFile;
        private final List<String> jvmOptions = new ArrayList<>(JVM_OPTIONS);
        private final List<String> deployments = new ArrayList<>();
        private final List<String> microOptions = new ArrayList<>(List.of("--nohazelcast"));
        private final Map<String, String> environment = new LinkedHashMap<>();

        private Builder(int port, Path logFile) {
            this.port = port;
            this.logFile = logFile;
            deployments.add(System.getProperty("it.grantry.war"));
        }

        /** Deploys {@code war} beside Grantry, in a deployment of its own. */
        public Builder alsoDeploy(String war) {
            deployments.add(war);
            return this;
        }

        /** Sets one of Grantry's settings (an environment variable), over the test JVM's. */
        public Builder environment(String name, String value) {
            environment.put(name, value);
            return this;
        }

        /**
         * Serves HTTPS on 127.0.0.1:{@code sslPort} too, with the key of alias {@code alias} in the PKCS #12
         * {@code keystore}, as the run command does (Payara Micro reads the JVM's key store properties).
         */
        public Builder https(int sslPort, Path keystore, String password, String alias) {
            jvmOptions.addAll(List.of(
                    "-Djavax.net.ssl.keyStore=" + keystore,
                    "-Djavax.net.ssl.keyStorePassword=" + password,
                    "-Djavax.net.ssl.keyStoreType=PKCS12"));
            microOptions.addAll(List.of("--sslport", Integer.toString(sslPort), "--sslcert", alias));
            return this;
        }

        /**
         * Joins the Payara data grid {@code name} on loopback only: Hazelcast binds 127.0.0.1 (and nothing else)
         * from {@code startPort} and looks for the other members there.
         */
        public Builder cluster(String name, int startPort) {
            jvmOptions.add("-Dhazelcast.socket.bind.any=false");
            microOptions.clear();
            microOptions.addAll(List.of(
                    "--clustername", name, "--interfaces", "127.0.0.1", "--startport", Integer.toString(startPort)));
            return this;
        }

        /**
         * Starts the node and returns once Grantry answers.
         *
         * @throws IllegalStateException when the port is taken, or Grantry is not ready within four minutes
         */
        public MicroNode start() {
            requireFree(port);
            Instant deadline = Instant.now().plus(STARTUP);
            MicroProcess micro = MicroProcess.start(command(), environment, logFile, deadline);
            Server server = Server.at(URI.create("http://127.0.0.1:" + port));
            while (!answers(server)) {
                micro.failIfGone(deadline);
                Pause.briefly();
            }
            return new MicroNode(micro, server);
        }

        private List<String> command() {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.addAll(List.of("-jar", System.getProperty("it.micro.jar")));
            for (String war : deployments) {
                command.addAll(List.of("--deploy", war));
            }
            command.addAll(List.of(
                    "--port",
                    Integer.toString(port),
                    "--prebootcommandfile",
                    System.getProperty("it.micro.preboot"),
                    "--disablephonehome"));
            command.addAll(microOptions);
            return command;
        }
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
}
