package dev.grantry.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.grantry.service.client.ApplicationAccessDeniedException;
import dev.grantry.service.client.ApplicationService;
import dev.grantry.service.client.ApplicationView;
import dev.grantry.service.client.IssuedCredentials;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.scope.ScopeCatalog;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApplicationPageTest {

    private static final ApplicationView GALLERY = view("Gallery");

    private final FacesRequest request = new FacesRequest("alice");
    private final Map<String, String> parameters = new HashMap<>(Map.of("client_id", "c1"));
    private final ApplicationPage page = new ApplicationPage();

    {
        page.service = mock(ApplicationService.class);
        page.scopeCatalog = mock(ScopeCatalog.class);
        page.securityContext = request.security;
        page.faces = request.faces;
        when(request.external.getRequestParameterMap()).thenReturn(parameters);
    }

    @Test
    void whenTheUserOpensTheirApplicationThenTheFormShowsIt() throws Exception {
        when(page.service.findOwned("c1", "alice")).thenReturn(GALLERY);

        page.load();
        page.checkAccess();

        assertEquals("c1", page.getClientId());
        assertEquals(GALLERY, page.getApplication());
        assertEquals("Gallery", page.getForm().getName());
        assertFalse(page.isConfirmingDelete());
        verify(request.external, never()).responseSendError(any(Integer.class), any());
    }

    @Test
    void whenTheApplicationIsSomebodyElsesThenThePageIsRefusedWith403() throws Exception {
        notOwned();

        page.checkAccess();

        verify(request.external).responseSendError(403, "Not your application");
        verify(request.faces).responseComplete();
        assertNull(page.getApplication());
    }

    @Test
    void whenTheApplicationIsSomebodyElsesThenNothingCanBeChanged() throws Exception {
        notOwned();

        page.save();
        page.regenerateSecret();
        page.askToDelete();

        assertNull(page.delete());
        assertFalse(page.isConfirmingDelete());
        verify(page.service, never()).update(any(), any(), any());
        verify(page.service, never()).regenerateSecret(any(), any());
        verify(page.service, never()).delete(any(), any());
    }

    @Test
    void whenTheFormIsSavedThenTheApplicationIsUpdatedAndANewSecretShown() throws Exception {
        when(page.service.findOwned("c1", "alice")).thenReturn(GALLERY);
        page.load();
        page.getForm().setName("Gallery 2");
        page.getForm().setClientType("confidential");
        when(page.service.update("c1", "alice", page.getForm().toRequest()))
                .thenReturn(new IssuedCredentials(view("Gallery 2"), "new-secret", null));

        page.save();

        assertEquals("Gallery 2", page.getApplication().name());
        assertEquals("new-secret", page.getNewSecret());
        assertEquals(List.of("Saved Gallery 2."), request.infos());
    }

    @Test
    void whenTheChangeIsRefusedThenTheReasonIsShown() throws Exception {
        when(page.service.findOwned("c1", "alice")).thenReturn(GALLERY);
        when(page.service.update(any(), any(), any()))
                .thenThrow(new OAuthException(OAuthError.INVALID_REDIRECT_URI, "Use https for redirect URIs."));
        page.load();

        page.save();

        assertEquals(List.of("Use https for redirect URIs."), request.errors());
        assertEquals(GALLERY, page.getApplication());
    }

    @Test
    void whenANewSecretIsAskedThenItIsShownOnce() throws Exception {
        when(page.service.findOwned("c1", "alice")).thenReturn(GALLERY);
        when(page.service.regenerateSecret("c1", "alice")).thenReturn("fresh");
        page.load();

        page.regenerateSecret();

        assertEquals("fresh", page.getNewSecret());
        assertEquals(List.of("Issued a new client secret; the old one no longer works."), request.infos());
        verify(request.external).setResponseHeader("Cache-Control", "no-store");
    }

    @Test
    void whenAPublicClientAsksForASecretThenTheReasonItHasNoneIsShown() throws Exception {
        when(page.service.findOwned("c1", "alice")).thenReturn(GALLERY);
        when(page.service.regenerateSecret("c1", "alice"))
                .thenThrow(new OAuthException(OAuthError.INVALID_CLIENT_METADATA, "A public client has no secret."));
        page.load();

        page.regenerateSecret();

        assertNull(page.getNewSecret());
        assertEquals(List.of("A public client has no secret."), request.errors());
    }

    @Test
    void whenDeletionIsAskedThenItIsConfirmedFirst() throws Exception {
        when(page.service.findOwned("c1", "alice")).thenReturn(GALLERY);
        page.load();

        page.askToDelete();

        assertTrue(page.isConfirmingDelete());
        verify(page.service, never()).delete(any(), any());
    }

    @Test
    void whenTheConfirmationIsPostedThenThePageKnowsItIsConfirming() {
        parameters.put("confirm_delete", "");
        when(page.service.findOwned("c1", "alice")).thenReturn(GALLERY);

        page.load();

        assertTrue(page.isConfirmingDelete());
    }

    @Test
    void whenDeletionIsConfirmedThenTheApplicationIsDeletedAndTheUserGoesBackToTheList() throws Exception {
        when(page.service.findOwned("c1", "alice")).thenReturn(GALLERY);
        page.load();

        assertEquals("/settings/applications", page.delete());

        verify(page.service).delete("c1", "alice");
        assertEquals(List.of("Deleted application Gallery."), request.infos());
    }

    private void notOwned() {
        when(page.service.findOwned("c1", "alice")).thenThrow(new ApplicationAccessDeniedException());
        page.load();
    }

    private static ApplicationView view(String name) {
        return new ApplicationView(
                "c1",
                name,
                null,
                "alice",
                "confidential",
                "client_secret_basic",
                "active",
                Instant.EPOCH,
                List.of("https://gallery.example/cb"),
                Set.of("authorization_code"),
                Set.of(),
                List.of(),
                null);
    }
}
