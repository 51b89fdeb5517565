package dev.grantry.persistence.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaAuditEventRepository implements AuditEventRepository {

    @Inject
    private EntityManager em;

    @Override
    public void append(AuditEvent event) {
        em.persist(event);
    }

    @Override
    public List<AuditEvent> findUnsealed(int max) {
        return em.createNamedQuery("AuditEvent.findUnsealed", AuditEvent.class)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<AuditEvent> findSealedFrom(long fromSeq, int max) {
        return em.createNamedQuery("AuditEvent.findSealedFrom", AuditEvent.class)
                .setParameter("fromSeq", fromSeq)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<AuditEvent> search(AuditFilter filter, AuditPosition position, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEvent> query = cb.createQuery(AuditEvent.class);
        Root<AuditEvent> event = query.from(AuditEvent.class);
        Path<Instant> occurredAt = event.get("occurredAt");
        Path<Long> id = event.get("id");
        List<Predicate> where = new ArrayList<>();
        if (filter.from() != null) {
            where.add(cb.greaterThanOrEqualTo(occurredAt, filter.from()));
        }
        if (filter.to() != null) {
            where.add(cb.lessThan(occurredAt, filter.to()));
        }
        equal(cb, where, event.get("type"), filter.type());
        equal(cb, where, event.get("subjectUser"), filter.user());
        equal(cb, where, event.get("clientId"), filter.client());
        equal(cb, where, event.get("outcome"), filter.outcome());
        if (position != null) {
            // "At or before the time" first, so that the database reads the index from there (an OR alone it scans).
            where.add(cb.lessThanOrEqualTo(occurredAt, position.occurredAt()));
            where.add(cb.or(cb.lessThan(occurredAt, position.occurredAt()), cb.lessThan(id, position.id())));
        }
        query.where(where.toArray(Predicate[]::new)).orderBy(cb.desc(occurredAt), cb.desc(id));
        return em.createQuery(query).setMaxResults(max).getResultList();
    }

    private static void equal(CriteriaBuilder cb, List<Predicate> where, Path<?> attribute, Object value) {
        if (value != null) {
            where.add(cb.equal(attribute, value));
        }
    }

    @Override
    public AuditChain lockChain() {
        return em.find(AuditChain.class, AuditChain.ID, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public AuditChain findChain() {
        return em.find(AuditChain.class, AuditChain.ID);
    }

    @Override
    public Optional<Long> findFirstSealedSeqAtOrAfter(Instant time) {
        return Optional.ofNullable(em.createNamedQuery("AuditEvent.findFirstSealedSeqAtOrAfter", Long.class)
                .setParameter("time", time)
                .getSingleResult());
    }

    @Override
    public int removeSealedBefore(long seq) {
        return em.createNamedQuery("AuditEvent.removeSealedBefore")
                .setParameter("seq", seq)
                .executeUpdate();
    }

    @Override
    public long countUnsealed() {
        return em.createNamedQuery("AuditEvent.countUnsealed", Long.class).getSingleResult();
    }

    @Override
    public Map<String, Long> countByClient(AuditEventType type, Instant from, Instant to) {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : em.createNamedQuery("AuditEvent.countByClient", Object[].class)
                .setParameter("type", type)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }
}
