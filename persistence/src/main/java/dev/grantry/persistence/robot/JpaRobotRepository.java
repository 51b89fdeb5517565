package dev.grantry.persistence.robot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaRobotRepository implements RobotRepository {

    @Inject
    private EntityManager em;

    @Override
    public Optional<Robot> findByName(String owner, String shortName) {
        return em.createNamedQuery("Robot.findByName", Robot.class)
                .setParameter("owner", owner)
                .setParameter("shortName", shortName)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Robot> findById(long id) {
        return Optional.ofNullable(em.find(Robot.class, id));
    }

    @Override
    public List<Robot> findByOwner(String owner) {
        return em.createNamedQuery("Robot.findByOwner", Robot.class)
                .setParameter("owner", owner)
                .getResultList();
    }

    @Override
    public List<Robot> findAll() {
        return em.createNamedQuery("Robot.findAll", Robot.class).getResultList();
    }

    @Override
    public Robot add(Robot robot) {
        em.persist(robot);
        return robot;
    }

    @Override
    public void remove(Robot robot) {
        em.remove(em.contains(robot) ? robot : em.merge(robot));
    }
}
