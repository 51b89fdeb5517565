package dev.grantry.service.robot;

import dev.grantry.persistence.robot.RobotPermission;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads and writes a robot's permissions as the pages take them: entries {@code repository:pull} or
 * {@code repository:push} (push includes pull), separated by spaces or commas, each repository named within the
 * owner's namespace ({@code app} for {@code alice/app}).
 */
public final class RobotPermissions {

    static final String PULL = "pull";
    static final String PUSH = "push";
    static final int MAX_ENTRIES = 50;

    private RobotPermissions() {}

    /**
     * @throws InvalidRobotException for an entry that is not {@code repository:pull} or {@code repository:push}, a
     *         name that is no repository name under {@code owner}, or too many entries
     */
    static Set<RobotPermission> parse(String owner, String text) {
        Map<String, Boolean> push = new LinkedHashMap<>();
        for (String entry : (text == null ? "" : text).trim().split("[\\s,]+")) {
            if (entry.isEmpty()) {
                continue;
            }
            int colon = entry.lastIndexOf(':');
            String repository = colon < 0 ? entry : entry.substring(0, colon);
            String action = colon < 0 ? "" : entry.substring(colon + 1);
            if (!action.equals(PULL) && !action.equals(PUSH)) {
                throw new InvalidRobotException(
                        "Write each permission as repository:pull or repository:push, not " + shorten(entry) + ".");
            }
            if (!RepositoryNames.isValid(owner + "/" + repository)) {
                throw new InvalidRobotException(shorten(repository)
                        + " is not a repository name: lower-case letters and digits, separated by . _ - or /.");
            }
            push.merge(repository, action.equals(PUSH), Boolean::logicalOr);
        }
        if (push.size() > MAX_ENTRIES) {
            throw new InvalidRobotException("A robot has at most " + MAX_ENTRIES + " repositories.");
        }
        return push.entrySet().stream()
                .map(entry -> new RobotPermission(entry.getKey(), entry.getValue()))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The permissions in the form {@link #parse} reads, by repository. */
    static String format(Set<RobotPermission> permissions) {
        return permissions.stream()
                .sorted(Comparator.comparing(RobotPermission::getRepository))
                .map(permission -> permission.getRepository() + ":" + (permission.mayPush() ? PUSH : PULL))
                .collect(Collectors.joining(" "));
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
