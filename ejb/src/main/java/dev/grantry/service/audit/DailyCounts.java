package dev.grantry.service.audit;

import java.time.LocalDate;
import java.util.Map;

/**
 * How many events of one kind each application had on one day (UTC).
 *
 * @param byClient counts by client id; events of no application are under the empty name
 */
public record DailyCounts(LocalDate day, Map<String, Long> byClient) {

    public long total() {
        return byClient.values().stream().mapToLong(Long::longValue).sum();
    }
}
