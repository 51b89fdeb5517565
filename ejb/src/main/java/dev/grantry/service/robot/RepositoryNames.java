package dev.grantry.service.robot;

import java.util.regex.Pattern;

/**
 * The repository name grammar of CNCF Distribution (its {@code reference} package): lower-case path components of
 * letters and digits, joined by {@code .}, {@code _}, {@code __} or dashes, separated by slashes; at most 255
 * characters. Robot permissions are checked against it, and the token service grants nothing on other names.
 */
public final class RepositoryNames {

    private static final String COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
    private static final Pattern NAME = Pattern.compile(COMPONENT + "(?:/" + COMPONENT + ")*");
    private static final int MAX_LENGTH = 255;

    private RepositoryNames() {}

    /** Whether {@code name} is a repository name registries accept. */
    public static boolean isValid(String name) {
        return name != null && name.length() <= MAX_LENGTH && NAME.matcher(name).matches();
    }
}
