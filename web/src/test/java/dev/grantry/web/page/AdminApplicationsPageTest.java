package dev.grantry.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.grantry.service.client.ApplicationAccessDeniedException;
import dev.grantry.service.client.ApplicationService;
import dev.grantry.service.client.ApplicationView;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.scope.ScopeCatalog;
import dev.grantry.service.scope.ScopeKindService;
import dev.grantry.service.scope.ScopeView;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AdminApplicationsPageTest {

    private static final ApplicationView GALLERY = new ApplicationView(
            "c1",
            "Gallery",
            null,
            null,
            "confidential",
            "client_secret_basic",
            "active",
            Instant.EPOCH,
            List.of(),
            Set.of(),
            Set.of(),
            List.of(),
            null);

    private final FacesRequest request = new FacesRequest("admin");
    private final AdminApplicationsPage page = new AdminApplicationsPage();

    private static final ApplicationView ROBOT = new ApplicationView(
            "r1",
            "Robot",
            null,
            null,
            "confidential",
            "client_secret_basic",
            "active",
            Instant.EPOCH,
            List.of(),
            Set.of("client_credentials"),
            Set.of("repo:read", "token:introspect"),
            List.of(),
            null);

    private static final List<ScopeView> SCOPES = List.of(
            new ScopeView("repo:read", "View all visible repositories", false),
            new ScopeView("repo:admin", "Administer all visible repositories", true),
            new ScopeView("token:introspect", "Check whether access tokens are active", true));

    {
        page.service = mock(ApplicationService.class);
        page.scopeCatalog = mock(ScopeCatalog.class);
        page.scopeKinds = mock(ScopeKindService.class);
        page.securityContext = request.security;
        page.faces = request.faces;
        when(page.scopeCatalog.all()).thenReturn(SCOPES);
    }

    @Test
    void whenPowersAreOpenedThenTheFormShowsWhatTheApplicationHoldsAndSavingGivesExactlyWhatIsTicked() {
        when(page.service.listAll()).thenReturn(List.of(GALLERY, ROBOT));
        when(page.service.setPowers("r1", false, Set.of("repo:admin"), "admin")).thenReturn(ROBOT);

        page.editPowers("r1");
        assertEquals(ROBOT, page.getEditing());
        assertTrue(page.getPowers().isActsForItself());
        assertEquals(List.of("token:introspect"), page.getPowers().getScopes());
        assertEquals(
                List.of("repo:admin", "token:introspect"),
                page.getPrivilegedScopes().stream().map(ScopeView::name).toList());
        assertEquals("client_credentials, token:introspect", page.powersOf(ROBOT));
        assertEquals("none", page.powersOf(GALLERY));

        page.getPowers().setActsForItself(false);
        page.getPowers().setScopes(List.of("repo:admin"));
        page.savePowers();

        verify(page.service).setPowers("r1", false, Set.of("repo:admin"), "admin");
        assertEquals(List.of("Saved the powers of Robot."), request.infos());
        assertNull(page.getEditing());
    }

    @Test
    void whenPowersCannotBeGivenThenTheReasonIsShown() {
        when(page.service.listAll()).thenReturn(List.of(ROBOT));
        when(page.service.setPowers("r1", true, Set.of("token:introspect"), "admin"))
                .thenThrow(new OAuthException(OAuthError.INVALID_CLIENT_METADATA, "A public client cannot."));
        page.editPowers("r1");

        page.savePowers();

        assertEquals(List.of("A public client cannot."), request.errors());
    }

    @Test
    void whenAScopeKindChangesThenItIsSaidAndTokenIntrospectIsNeverOfferedAsDelegable() {
        when(page.scopeKinds.setPrivileged("repo:admin", false)).thenReturn(SCOPES.get(1));
        when(page.scopeKinds.setPrivileged("repo:read", true)).thenReturn(SCOPES.get(0));

        page.makeDelegable("repo:admin");
        page.makePrivileged("repo:read");

        assertEquals(2, request.infos().size());
        assertTrue(request.infos().get(0).startsWith("repo:admin is delegable"), request.infos()::toString);
        assertTrue(page.mayBecomeDelegable(SCOPES.get(1)));
        assertFalse(page.mayBecomeDelegable(SCOPES.get(2)));
        assertFalse(page.mayBecomeDelegable(SCOPES.get(0)));
    }

    @Test
    void whenApplicationsAreApprovedRejectedOrDisabledThenEachIsNamedAndTheListIsReadAgain() {
        when(page.service.listAll()).thenReturn(List.of(GALLERY));
        when(page.service.approve("c1", "admin")).thenReturn(GALLERY);
        when(page.service.reject("c1", "admin")).thenReturn(GALLERY);
        when(page.service.disable("c1", "admin")).thenReturn(GALLERY);
        page.getApplications();

        page.approve("c1");
        page.reject("c1");
        page.disable("c1");
        page.getApplications();

        assertEquals(List.of("Approved Gallery.", "Rejected Gallery.", "Disabled Gallery."), request.infos());
        verify(page.service, times(2)).listAll();
    }

    @Test
    void whenTheApplicationIsGoneThenTheAdministratorIsToldSo() {
        when(page.service.approve("gone", "admin")).thenThrow(new ApplicationAccessDeniedException());

        page.approve("gone");

        assertEquals(List.of("There is no such application."), request.errors());
    }
}
