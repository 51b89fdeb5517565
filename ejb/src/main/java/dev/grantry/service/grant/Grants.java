package dev.grantry.service.grant;

import dev.grantry.persistence.client.GrantType;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Every {@link TokenGrant} bean by its grant type, found once at start-up; an unknown {@code grant_type} is
 * {@code unsupported_grant_type} (RFC 6749 <a href="https://www.rfc-editor.org/rfc/rfc6749#section-5.2">§5.2</a>).
 */
@ApplicationScoped
public class Grants {

    @Inject
    @Any
    Instance<TokenGrant> beans;

    private Map<GrantType, TokenGrant> byType;

    protected Grants() {}

    /** The grants among {@code grants}, without CDI (tests and tools). */
    Grants(Iterable<TokenGrant> grants) {
        index(grants);
    }

    @PostConstruct
    void init() {
        index(beans);
    }

    private void index(Iterable<TokenGrant> grants) {
        Map<GrantType, TokenGrant> map = new EnumMap<>(GrantType.class);
        for (TokenGrant grant : grants) {
            TokenGrant clash = map.put(grant.grantType(), grant);
            if (clash != null) {
                throw new IllegalStateException("Two grants answer "
                        + grant.grantType().value() + ": " + clash.getClass().getName() + " and "
                        + grant.getClass().getName());
            }
        }
        byType = map;
    }

    /** @throws OAuthException {@code unsupported_grant_type} when no grant answers {@code grantType} */
    public TokenGrant find(String grantType) {
        return GrantType.fromValue(grantType)
                .map(byType::get)
                .orElseThrow(() -> new OAuthException(
                        OAuthError.UNSUPPORTED_GRANT_TYPE, "The grant type " + grantType + " is not supported."));
    }

    /** The supported {@code grant_type} values, sorted (for RFC 8414 metadata). */
    public Set<String> grantTypes() {
        return byType.keySet().stream().map(GrantType::value).collect(Collectors.toCollection(TreeSet::new));
    }
}
