package dev.grantry.web.page;

import dev.grantry.service.user.InvalidUserException;
import dev.grantry.service.user.NewUser;
import dev.grantry.service.user.UserService;
import dev.grantry.service.user.UserView;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Backs {@code admin/users.xhtml}: administrators list, create, enable and disable users. View scoped, so that a row's
 * button acts on the user that row showed even when users were added meanwhile.
 */
@Named
@ViewScoped
public class AdminUsersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserService userService;

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    private String username;
    private String displayName;
    private String email;
    private String password;
    private List<String> roles = new ArrayList<>();
    private List<UserView> users;
    private Set<String> locked;

    public List<UserView> getUsers() {
        if (users == null) {
            users = userService.list();
        }
        return users;
    }

    /** The roles an administrator can grant besides {@code user}, which every user has. */
    public List<String> getGrantableRoles() {
        return userService.grantableRoles();
    }

    public void createUser() {
        Set<String> granted =
                roles.stream().filter(getGrantableRoles()::contains).collect(Collectors.toSet());
        try {
            UserView created =
                    userService.create(new NewUser(username, displayName, email, password, granted), actingUsername());
            PageMessages.info(faces, "Created user " + created.username() + ".");
            username = null;
            displayName = null;
            email = null;
            roles = new ArrayList<>();
            users = null;
        } catch (InvalidUserException e) {
            PageMessages.error(faces, e.getMessage());
        }
    }

    /** Whether {@code username} is locked out by failed sign-ins (its row then offers "Unlock"). */
    public boolean isLocked(String username) {
        if (locked == null) {
            locked = userService.lockedUsernames();
        }
        return locked.contains(username);
    }

    public void unlock(String target) {
        try {
            userService.unlock(target, actingUsername());
            PageMessages.info(faces, "Unlocked " + target + ".");
            locked = null;
        } catch (InvalidUserException e) {
            PageMessages.error(faces, e.getMessage());
        }
    }

    public void enable(String target) {
        changeEnabled(target, true);
    }

    public void disable(String target) {
        changeEnabled(target, false);
    }

    private void changeEnabled(String target, boolean enabled) {
        try {
            userService.setEnabled(target, enabled, actingUsername());
            PageMessages.info(faces, (enabled ? "Enabled " : "Disabled ") + target + ".");
            users = null;
        } catch (InvalidUserException e) {
            PageMessages.error(faces, e.getMessage());
        }
    }

    private String actingUsername() {
        return securityContext.getCallerPrincipal().getName();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : roles;
    }
}
