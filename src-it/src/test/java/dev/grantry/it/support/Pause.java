package dev.grantry.it.support;

/** The short wait between two looks at something that takes its time (a log line, a server starting). */
public final class Pause {

    private Pause() {}

    public static void briefly() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
