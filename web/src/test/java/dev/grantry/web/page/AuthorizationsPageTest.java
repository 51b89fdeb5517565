package dev.grantry.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.grantry.service.consent.AuthorizedApplication;
import dev.grantry.service.consent.AuthorizedApplicationService;
import dev.grantry.service.scope.ScopeCatalog;
import dev.grantry.service.scope.ScopeView;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuthorizationsPageTest {

    private static final AuthorizedApplication GALLERY =
            new AuthorizedApplication("gallery", "Gallery", null, Set.of("photos:read"), null, null);

    private final FacesRequest request = new FacesRequest("alice");
    private final AuthorizationsPage page = new AuthorizationsPage();

    {
        page.authorizedApplications = mock(AuthorizedApplicationService.class);
        page.scopeCatalog = mock(ScopeCatalog.class);
        page.securityContext = request.security;
        page.faces = request.faces;
    }

    @Test
    void whenAnApplicationWasUsedThenTheTimeIsShownInUtcToTheMinute() {
        assertEquals("2026-03-04 05:06 UTC", page.when(Instant.parse("2026-03-04T05:06:59Z")));
    }

    @Test
    void whenAnApplicationWasNeverUsedThenNeverIsShown() {
        assertEquals("never", page.when(null));
    }

    @Test
    void whenScopesAreDescribedThenTheCatalogIsReadOnceAndUnknownScopesHaveNoDescription() {
        when(page.scopeCatalog.all())
                .thenReturn(List.of(
                        new ScopeView("photos:read", "See your photos"),
                        new ScopeView("photos:write", "Change your photos")));

        assertEquals("See your photos", page.describe("photos:read"));
        assertEquals("Change your photos", page.describe("photos:write"));
        assertEquals("", page.describe("gone"));
        verify(page.scopeCatalog, times(1)).all();
    }

    @Test
    void whenTheListIsShownThenItIsTheSignedInUsersAndReadOnce() {
        when(page.authorizedApplications.list("alice")).thenReturn(List.of(GALLERY));

        assertEquals(List.of(GALLERY), page.getAuthorized());
        assertEquals(List.of(GALLERY), page.getAuthorized());
        verify(page.authorizedApplications, times(1)).list("alice");
    }

    @Test
    void whenAnApplicationIsRevokedThenItIsRevokedForTheSignedInUserAndTheListIsReadAgain() {
        when(page.authorizedApplications.list("alice"))
                .thenReturn(List.of(GALLERY))
                .thenReturn(List.of());
        page.getAuthorized();

        page.revoke(GALLERY);

        verify(page.authorizedApplications).revoke("alice", "gallery");
        assertEquals(List.of("Revoked the access of Gallery (gallery)."), request.infos());
        assertEquals(List.of(), page.getAuthorized());
    }
}
