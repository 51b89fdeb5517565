package dev.grantry.it.support;

/**
 * Grantry started for the integration tests of one failsafe execution: the one seam between the tests and how
 * Grantry was started ({@link MicroGrantry} on Payara Micro, {@link ServerGrantry} on an application server). Closing it stops it.
 */
public interface StartedGrantry extends AutoCloseable {

    /** Grantry at its root context, on 127.0.0.1. */
    Server server();

    /** What the server logs, Grantry's and that of every other application deployed beside it. */
    ServerLog log();

    @Override
    void close();
}
