package dev.grantry.service.setup;

import dev.grantry.persistence.user.Role;
import dev.grantry.service.secret.RandomSecrets;
import dev.grantry.service.settings.GrantrySettings;
import dev.grantry.service.user.NewUser;
import dev.grantry.service.user.UserService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.logging.Logger;

/** Creates the first administrator when there is none; an existing administrator is never touched. */
@Stateless
public class AdministratorBootstrap {

    private static final Logger LOG = Logger.getLogger(AdministratorBootstrap.class.getName());

    @Inject
    UserService userService;

    @Inject
    GrantrySettings settings;

    public void ensureAdministrator() {
        if (userService.anyAdministrator()) {
            return;
        }
        String username = settings.adminUsername();
        var configured = settings.adminPassword();
        String password = configured.orElseGet(() -> RandomSecrets.generate(96));
        userService.create(new NewUser(
                username, "Administrator", null, password, Set.of(Role.ADMIN.groupName(), Role.AUDITOR.groupName())));
        if (configured.isPresent()) {
            LOG.info(() -> "Created the administrator " + username + " with the configured password.");
        } else {
            // Logged exactly once: on the start that creates the administrator, when no password was configured.
            LOG.warning(() -> "Created the administrator " + username + " with the generated password " + password
                    + " — sign in and keep it safe; it is not shown again.");
        }
    }
}
