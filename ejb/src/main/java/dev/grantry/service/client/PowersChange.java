package dev.grantry.service.client;

import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.GrantType;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an administrator's decision on an application's powers gives and takes away: acting for itself
 * (client_credentials) and privileged scopes, compared with what it held before. The audit trail records each side.
 *
 * @param given what it holds now and did not before
 * @param taken what it held before and does not now
 */
record PowersChange(Powers given, Powers taken) {

    /**
     * @param actsForItself whether client_credentials is part of it
     * @param scopes the privileged scopes, sorted
     */
    record Powers(boolean actsForItself, Set<String> scopes) {}

    /**
     * The change from what {@code application} holds now to acting for itself or not and holding exactly
     * {@code privilegedScopes} among the {@code privileged} ones.
     */
    static PowersChange of(
            Application application, boolean actsForItself, Set<String> privilegedScopes, Set<String> privileged) {
        boolean actedForItself = application.getGrantTypes().contains(GrantType.CLIENT_CREDENTIALS);
        Set<String> held = new TreeSet<>(application.getScopes());
        held.retainAll(privileged);
        Set<String> added = new TreeSet<>(privilegedScopes);
        added.removeAll(held);
        Set<String> removed = new TreeSet<>(held);
        removed.removeAll(privilegedScopes);
        return new PowersChange(
                new Powers(actsForItself && !actedForItself, added),
                new Powers(actedForItself && !actsForItself, removed));
    }

    boolean anyGiven() {
        return given.actsForItself() || !given.scopes().isEmpty();
    }

    boolean anyTaken() {
        return taken.actsForItself() || !taken.scopes().isEmpty();
    }
}
