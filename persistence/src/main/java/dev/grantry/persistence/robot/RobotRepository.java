package dev.grantry.persistence.robot;

import java.util.List;
import java.util.Optional;

/** Stores {@link Robot}s. */
public interface RobotRepository {

    /** The robot {@code owner+shortName}. */
    Optional<Robot> findByName(String owner, String shortName);

    Optional<Robot> findById(long id);

    /** The robots of {@code owner}, by short name. */
    List<Robot> findByOwner(String owner);

    /** Every robot, by owner and short name. */
    List<Robot> findAll();

    Robot add(Robot robot);

    /** Deletes the robot with its permissions. */
    void remove(Robot robot);
}
