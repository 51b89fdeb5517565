package dev.grantry.persistence.robot;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * What a robot may do on one repository of its owner's namespace: always pull, and push when {@link #mayPush()}.
 * The repository is named within the namespace ({@code app} for {@code alice/app}).
 */
@Embeddable
public class RobotPermission {

    @Column(nullable = false, length = 255)
    private String repository;

    @Column(nullable = false)
    private boolean push;

    protected RobotPermission() {}

    public RobotPermission(String repository, boolean push) {
        this.repository = repository;
        this.push = push;
    }

    public String getRepository() {
        return repository;
    }

    public boolean mayPush() {
        return push;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RobotPermission permission
                && repository.equals(permission.repository)
                && push == permission.push;
    }

    @Override
    public int hashCode() {
        return Objects.hash(repository, push);
    }
}
