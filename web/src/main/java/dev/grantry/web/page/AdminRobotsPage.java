package dev.grantry.web.page;

import dev.grantry.service.robot.RobotView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** Backs {@code admin/robots.xhtml}: administrators manage the robot accounts of every namespace. */
@Named
@RequestScoped
public class AdminRobotsPage extends RobotPages {

    @Override
    List<RobotView> load() {
        return service.all();
    }

    @Override
    String owner(String requestedOwner) {
        return requestedOwner;
    }
}
