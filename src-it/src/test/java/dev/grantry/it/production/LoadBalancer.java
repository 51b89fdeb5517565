package dev.grantry.it.production;

import dev.grantry.it.support.ChildProcess;
import dev.grantry.it.support.Pause;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Debian's HAProxy in front of the nodes on 127.0.0.1, round robin, as {@code src/test/haproxy/grantry.cfg} (the
 * configuration the README shows) says: sticky browser sessions by a cookie it inserts, a health check on each node's
 * {@code /health/ready}, and a retry on another node of a request whose connection failed. Runs in the foreground
 * as a {@link ChildProcess}.
 */
final class LoadBalancer implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(30);

    private final ChildProcess process;

    private LoadBalancer(Process process) {
        this.process = new ChildProcess(process, "HAProxy", Duration.ofSeconds(10));
    }

    /**
     * Starts HAProxy on 127.0.0.1:{@code port} in front of the nodes on {@code nodePorts}, with the configuration
     * {@code template} ({@code @PORT@}, {@code @NODE_A@}, {@code @NODE_B@} filled in) written to {@code workDirectory}.
     */
    static LoadBalancer start(Path template, Path workDirectory, int port, int nodeA, int nodeB) {
        try {
            String configuration = Files.readString(template)
                    .replace("@PORT@", Integer.toString(port))
                    .replace("@NODE_A@", Integer.toString(nodeA))
                    .replace("@NODE_B@", Integer.toString(nodeB));
            Path file = workDirectory.resolve("haproxy.cfg");
            Files.writeString(file, configuration);
            Process process = new ProcessBuilder(List.of("haproxy", "-db", "-f", file.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(workDirectory.resolve("haproxy.log").toFile())
                    .start();
            LoadBalancer balancer = new LoadBalancer(process);
            balancer.awaitListening(port);
            return balancer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitListening(int port) {
        Instant deadline = Instant.now().plus(STARTUP);
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
                return;
            } catch (IOException e) {
                if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                    close();
                    throw new IllegalStateException("HAProxy did not start; see haproxy.log", e);
                }
                Pause.briefly();
            }
        }
    }

    @Override
    public void close() {
        process.close();
    }
}
