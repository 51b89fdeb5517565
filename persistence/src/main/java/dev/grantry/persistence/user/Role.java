package dev.grantry.persistence.user;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a user may do in Grantry; the lower-case name is the Jakarta Security group (and role) name. */
public enum Role {
    USER,
    ADMIN,
    AUDITOR;

    public static final String USER_NAME = "user";
    public static final String ADMIN_NAME = "admin";
    public static final String AUDITOR_NAME = "auditor";

    /** The group name that security constraints and {@code @RolesAllowed} use. */
    public String groupName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role whose {@link #groupName()} is {@code groupName}. */
    public static Optional<Role> fromGroupName(String groupName) {
        return Arrays.stream(values())
                .filter(r -> r.groupName().equals(groupName))
                .findFirst();
    }
}
