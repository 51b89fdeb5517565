package dev.grantry.service.limit;

import java.time.Instant;

/**
 * A counter's state after a hit.
 *
 * @param hits the hits in the current window, this one included
 * @param endsAt when the window ends and the count starts again
 */
public record RateLimitWindow(int hits, Instant endsAt) {}
