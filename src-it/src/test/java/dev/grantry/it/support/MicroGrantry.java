package dev.grantry.it.support;

import java.nio.file.Path;

/**
 * The Grantry of one failsafe execution: one {@link MicroNode} on {@code it.port}, logging to {@code it.log}, with
 * the samples deployed beside it that {@code it.sample.war} names (separated by commas).
 */
public final class MicroGrantry implements StartedGrantry {

    private final MicroNode node;

    private MicroGrantry(MicroNode node) {
        this.node = node;
    }

    /**
     * Starts Grantry on {@code it.port} and returns once it answers.
     *
     * @throws IllegalStateException when the port is taken, or Grantry is not ready within four minutes
     */
    public static MicroGrantry start() {
        MicroNode.Builder node = MicroNode.on(Integer.getInteger("it.port"), Path.of(System.getProperty("it.log")));
        String samples = System.getProperty("it.sample.war");
        if (samples != null) {
            // Each its own deployment: Jakarta Security allows one authentication mechanism per application, and
            // Grantry's form login is one.
            for (String sample : samples.split(",")) {
                node.alsoDeploy(sample);
            }
        }
        return new MicroGrantry(node.start());
    }

    @Override
    public Server server() {
        return node.server();
    }

    @Override
    public ServerLog log() {
        return node.log();
    }

    @Override
    public void close() {
        node.close();
    }
}
