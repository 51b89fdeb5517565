package dev.grantry.persistence.scope;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaScopeRepository implements ScopeRepository {

    @Inject
    private EntityManager em;

    @Override
    public List<Scope> findAll() {
        return em.createNamedQuery("Scope.findAll", Scope.class).getResultList();
    }

    @Override
    public List<Scope> findByNames(Collection<String> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("Scope.findByNames", Scope.class)
                .setParameter("names", names)
                .getResultList();
    }

    @Override
    public Optional<Scope> findByName(String name) {
        return Optional.ofNullable(em.find(Scope.class, name));
    }

    @Override
    public void add(Scope scope) {
        em.persist(scope);
    }
}
