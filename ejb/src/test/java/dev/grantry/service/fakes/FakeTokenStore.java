package dev.grantry.service.fakes;

import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.grant.ApplicationUse;
import dev.grantry.persistence.grant.AuthorizationGrant;
import dev.grantry.persistence.grant.AuthorizationGrantRepository;
import dev.grantry.persistence.grant.IssuedToken;
import dev.grantry.persistence.grant.IssuedTokenRepository;
import dev.grantry.persistence.grant.TokenKind;
import dev.grantry.persistence.user.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Grants and token records in memory, with the bulk updates of the JPA repositories. */
public class FakeTokenStore implements AuthorizationGrantRepository, IssuedTokenRepository {

    private final AtomicLong ids = new AtomicLong(50);
    public final List<AuthorizationGrant> grants = new ArrayList<>();
    public final Map<String, IssuedToken> tokens = new LinkedHashMap<>();

    @Override
    public AuthorizationGrant add(AuthorizationGrant grant) {
        grants.add(Fields.set(grant, "id", ids.incrementAndGet()));
        return grant;
    }

    @Override
    public int revokeByOriginCode(String codeHash, Instant now) {
        List<AuthorizationGrant> matching = grants.stream()
                .filter(g -> codeHash.equals(g.getOriginCodeHash()) && !g.isRevoked()).toList();
        matching.forEach(g -> revoke(g.getId(), now));
        return matching.size();
    }

    @Override
    public void revoke(long grantId, Instant now) {
        tokens.values().stream()
                .filter(t -> t.getGrant() != null && t.getGrant().getId() == grantId && t.getRevokedAt() == null)
                .forEach(t -> Fields.set(t, "revokedAt", now));
        grants.stream().filter(g -> g.getId() == grantId && !g.isRevoked())
                .forEach(g -> Fields.set(g, "revokedAt", now));
    }

    @Override
    public void add(IssuedToken token) {
        tokens.put(token.getJti(), token);
    }

    @Override
    public Optional<IssuedToken> findByJti(String jti) {
        return Optional.ofNullable(tokens.get(jti));
    }

    @Override
    public Optional<IssuedToken> findRefreshByHash(String tokenHash) {
        return tokens.values().stream()
                .filter(t -> t.getKind() == TokenKind.REFRESH && Objects.equals(t.getTokenHash(), tokenHash))
                .findFirst();
    }

    @Override
    public boolean markUsed(String jti, Instant now) {
        IssuedToken token = tokens.get(jti);
        if (token == null || token.getUsedAt() != null) {
            return false;
        }
        Fields.set(token, "usedAt", now);
        return true;
    }

    @Override
    public void revokeByUserAndApplication(long userId, long applicationId, Instant now) {
        revokeWhere(now, user -> user != null && user.getId() == userId,
                application -> application.getId() == applicationId);
    }

    @Override
    public void revokeByUser(long userId, Instant now) {
        revokeWhere(now, user -> user != null && user.getId() == userId, application -> true);
    }

    @Override
    public void revokeByApplication(long applicationId, Instant now) {
        revokeWhere(now, user -> true, application -> application.getId() == applicationId);
    }

    private void revokeWhere(Instant now, Predicate<User> user, Predicate<Application> application) {
        tokens.values().stream()
                .filter(t -> t.getRevokedAt() == null && user.test(t.getUser())
                        && application.test(t.getApplication()))
                .forEach(t -> Fields.set(t, "revokedAt", now));
        grants.stream()
                .filter(g -> !g.isRevoked() && user.test(g.getUser()) && application.test(g.getApplication()))
                .forEach(g -> Fields.set(g, "revokedAt", now));
    }

    @Override
    public void revoke(String jti, Instant now) {
        findByJti(jti).filter(t -> t.getRevokedAt() == null).ifPresent(t -> Fields.set(t, "revokedAt", now));
    }

    @Override
    public List<ApplicationUse> findUseByUser(long userId) {
        return tokens.values().stream()
                .filter(t -> t.getRevokedAt() == null && t.getUser() != null && t.getUser().getId() == userId)
                .collect(Collectors.groupingBy(t -> t.getApplication().getId()))
                .entrySet().stream()
                .map(e -> new ApplicationUse(e.getKey(),
                        e.getValue().stream().map(IssuedToken::getIssuedAt).min(Instant::compareTo).orElseThrow(),
                        e.getValue().stream().map(IssuedToken::getIssuedAt).max(Instant::compareTo).orElseThrow(),
                        e.getValue().stream().map(IssuedToken::getExpiresAt).max(Instant::compareTo).orElseThrow()))
                .toList();
    }

    @Override
    public List<Set<String>> findLiveScopes(long userId, long applicationId, Instant now) {
        return tokens.values().stream()
                .filter(t -> t.getRevokedAt() == null && t.getUser() != null && t.getUser().getId() == userId
                        && t.getApplication().getId() == applicationId && t.getExpiresAt().isAfter(now))
                .map(IssuedToken::getScopes).distinct().toList();
    }

    public List<IssuedToken> ofKind(TokenKind kind) {
        return tokens.values().stream().filter(t -> t.getKind() == kind).toList();
    }
}
