package dev.grantry.web.page;

import dev.grantry.service.robot.RobotView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** Backs {@code settings/robots.xhtml}: the signed-in user's robot accounts, in their own namespace only. */
@Named
@RequestScoped
public class RobotsPage extends RobotPages {

    @Override
    List<RobotView> load() {
        return service.list(caller());
    }

    /** A user changes their own robots, whatever the request names. */
    @Override
    String owner(String requestedOwner) {
        return caller();
    }
}
