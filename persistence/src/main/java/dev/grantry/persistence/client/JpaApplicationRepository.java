package dev.grantry.persistence.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaApplicationRepository implements ApplicationRepository {

    @Inject
    private EntityManager em;

    @Override
    public Optional<Application> findByClientId(String clientId) {
        return em.createNamedQuery("Application.findByClientId", Application.class)
                .setParameter("clientId", clientId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Application> findById(long id) {
        return Optional.ofNullable(em.find(Application.class, id));
    }

    @Override
    public List<Application> findByOwner(String username) {
        return em.createNamedQuery("Application.findByOwner", Application.class)
                .setParameter("username", username)
                .getResultList();
    }

    @Override
    public List<Application> findAll() {
        return em.createNamedQuery("Application.findAll", Application.class).getResultList();
    }

    @Override
    public Application add(Application application) {
        em.persist(application);
        return application;
    }

    @Override
    public void replaceRedirectUris(Application application, List<String> redirectUris) {
        if (application.getRedirectUris().equals(redirectUris)) {
            return;
        }
        application.setRedirectUris(List.of());
        em.flush();
        application.setRedirectUris(redirectUris);
    }

    @Override
    public void remove(Application application) {
        em.remove(em.contains(application) ? application : em.merge(application));
    }
}
