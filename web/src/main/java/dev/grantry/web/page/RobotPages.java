package dev.grantry.web.page;

import dev.grantry.service.robot.CreatedRobot;
import dev.grantry.service.robot.InvalidRobotException;
import dev.grantry.service.robot.RobotService;
import dev.grantry.service.robot.RobotView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the user's and the administrators' robot pages share: the list with a description and permissions to edit per
 * robot, "Create robot", "Save", "Regenerate token" and "Delete", and the token shown in the answer to creating or
 * regenerating only (a page no cache may keep). Each page says whose robots it lists and may change.
 */
abstract class RobotPages {

    @Inject
    RobotService service;

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    private RobotForm form = new RobotForm();
    private CreatedRobot shown;
    private List<RobotView> robots;
    private Map<String, String> descriptions;
    private Map<String, String> permissions;

    @PostConstruct
    void noStore() {
        SecretPages.noStore(faces);
    }

    /** The robots this page lists. */
    abstract List<RobotView> load();

    /** The owner whose robot {@code requestedOwner} names may be changed here; the caller on a user's own page. */
    abstract String owner(String requestedOwner);

    String caller() {
        return securityContext.getCallerPrincipal().getName();
    }

    public List<RobotView> getRobots() {
        if (robots == null) {
            robots = load();
        }
        return robots;
    }

    /** Each robot's description as edited in its row, by robot name. */
    public Map<String, String> getDescriptions() {
        if (descriptions == null) {
            descriptions = new HashMap<>();
            getRobots().forEach(robot -> descriptions.put(robot.name(), robot.description()));
        }
        return descriptions;
    }

    /** Each robot's permissions as edited in its row, by robot name. */
    public Map<String, String> getPermissions() {
        if (permissions == null) {
            permissions = new HashMap<>();
            getRobots().forEach(robot -> permissions.put(robot.name(), robot.permissions()));
        }
        return permissions;
    }

    public RobotForm getForm() {
        return form;
    }

    /** The robot whose token was just made, in that answer only. */
    public RobotView getShown() {
        return shown == null ? null : shown.robot();
    }

    /** That token, shown this once. */
    public String getShownToken() {
        return shown == null ? null : shown.token();
    }

    public void create() {
        act(() -> {
            shown = service.create(
                    caller(),
                    owner(form.getOwner()),
                    form.getShortName(),
                    form.getDescription(),
                    form.getPermissions());
            PageMessages.info(faces, "Created robot " + shown.robot().name() + ".");
            form = new RobotForm();
        });
    }

    public void save(String owner, String shortName, String name) {
        act(() -> {
            service.update(
                    caller(),
                    owner(owner),
                    shortName,
                    getDescriptions().get(name),
                    getPermissions().get(name));
            PageMessages.info(faces, "Saved robot " + name + ".");
        });
    }

    public void regenerate(String owner, String shortName) {
        act(() -> {
            shown = service.regenerateToken(caller(), owner(owner), shortName);
            PageMessages.info(faces, "Regenerated the token of " + shown.robot().name() + ": the old one stopped.");
        });
    }

    public void delete(String owner, String shortName, String name) {
        act(() -> {
            service.delete(caller(), owner(owner), shortName);
            PageMessages.info(faces, "Deleted robot " + name + ".");
        });
    }

    /** Runs a change and lists the robots afresh; a refusal becomes the page's error message. */
    private void act(Runnable change) {
        try {
            change.run();
            robots = null;
            descriptions = null;
            permissions = null;
        } catch (InvalidRobotException e) {
            PageMessages.error(faces, e.getMessage());
        }
    }
}
