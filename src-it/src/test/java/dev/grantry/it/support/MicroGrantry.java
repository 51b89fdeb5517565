package dev.grantry.it.support;

import java.nio.file.Path;

/**
 * The Grantry of one failsafe execution: one {@link MicroNode} on {@code it.port}, logging to {@code it.log}, with
 * the sample resource server deployed beside it when {@code it.sample.war} names it.
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
        String sample = System.getProperty("it.sample.war");
        if (sample != null) {
            // Its own deployment: MicroProfile JWT cannot share one with Grantry's form login.
            node.alsoDeploy(sample);
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
