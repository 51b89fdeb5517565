package dev.grantry.service.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The access claim is what was asked, cut to what the caller may do. */
class RegistryAccessTest {

    static final RepositoryPolicy ALICE = RepositoryPolicy.namespaceOwner("alice", Set.of("pull", "push"));

    static List<RegistryScope> scopes(String... values) {
        return RegistryScope.parseAll(List.of(values));
    }

    @Test
    void whenTheOwnerAsksForPullAndPushInTheirNamespaceThenBothAreGranted() {
        assertEquals(
                List.of(new RegistryScope("repository", "alice/app", Set.of("pull", "push"))),
                RegistryAccess.granted(scopes("repository:alice/app:pull,push"), ALICE, Set.of()));
    }

    @Test
    void whenAskedForLessThanAllowedThenOnlyWhatWasAskedIsGranted() {
        assertEquals(
                List.of(new RegistryScope("repository", "alice/app", Set.of("pull"))),
                RegistryAccess.granted(scopes("repository:alice/app:pull"), ALICE, Set.of()));
    }

    @Test
    void whenAnotherNamespaceIsAskedForThenNothingIsGranted() {
        assertEquals(
                List.of(),
                RegistryAccess.granted(
                        scopes("repository:bob/app:pull,push", "repository:alice2/app:push"), ALICE, Set.of()));
    }

    @Test
    void whenARepositoryIsPublicThenAnyonePullsButNobodyElsePushes() {
        assertEquals(
                List.of(new RegistryScope("repository", "bob/base", Set.of("pull"))),
                RegistryAccess.granted(
                        scopes("repository:bob/base:pull,push"), RepositoryPolicy.NOTHING, Set.of("bob/base")));
    }

    @Test
    void whenDeleteCatalogOrAMalformedNameIsAskedForThenItIsLeftOut() {
        assertEquals(
                List.of(new RegistryScope("repository", "alice/app", Set.of("pull"))),
                RegistryAccess.granted(
                        scopes(
                                "repository:alice/app:pull,*",
                                "registry:catalog:*",
                                "repository:alice/App:pull",
                                "repository(plugin):alice/app:pull"),
                        ALICE,
                        Set.of()));
    }

    @Test
    void whenSeveralScopesShareOneParameterThenEachIsRead() {
        assertEquals(
                List.of(
                        new RegistryScope("repository", "alice/a", Set.of("pull")),
                        new RegistryScope("repository", "localhost:5000/alice/b", Set.of("push"))),
                scopes("repository:alice/a:pull repository:localhost:5000/alice/b:push"));
    }

    @Test
    void whenAScopeIsMalformedThenInvalidRequest() {
        for (String scope : List.of("repository", "repository:alice/app", ":alice/app:pull", "repository:a:PULL")) {
            OAuthException e = assertThrows(OAuthException.class, () -> scopes(scope), scope);
            assertEquals(OAuthError.INVALID_REQUEST, e.error());
        }
    }
}
