package dev.grantry.persistence.scope;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaScopeRepository implements ScopeRepository {

    @PersistenceContext(unitName = "grantry")
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
