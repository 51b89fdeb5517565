package dev.grantry.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.grantry.service.client.ApplicationService;
import dev.grantry.service.client.ApplicationView;
import dev.grantry.service.client.IssuedCredentials;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.scope.ScopeCatalog;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApplicationsPageTest {

    private static final ApplicationView GALLERY = new ApplicationView(
            "c1",
            "Gallery",
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

    private final FacesRequest request = new FacesRequest("alice");
    private final ApplicationsPage page = new ApplicationsPage();

    {
        page.service = mock(ApplicationService.class);
        page.scopeCatalog = mock(ScopeCatalog.class);
        page.securityContext = request.security;
        page.faces = request.faces;
    }

    @Test
    void whenTheListIsShownThenItHoldsTheSignedInUsersApplications() {
        when(page.service.listOwnedBy("alice")).thenReturn(List.of(GALLERY));

        assertEquals(List.of(GALLERY), page.getApplications());
    }

    @Test
    void whenThePageIsAnsweredThenNoCacheMayKeepIt() {
        page.noStore();

        verify(request.external).setResponseHeader("Cache-Control", "no-store");
        verify(request.external).setResponseHeader("Pragma", "no-cache");
    }

    @Test
    void whenAnApplicationIsCreatedThenItsSecretIsShownOnceAndTheFormIsEmptied() {
        when(page.service.create(any(), eq("alice"))).thenReturn(new IssuedCredentials(GALLERY, "s3cret", null));
        ApplicationForm filled = page.getForm();
        filled.setName("Gallery");
        filled.setRedirectUris("https://gallery.example/cb");
        page.getApplications();

        page.create();

        verify(page.service).create(filled.toRequest(), "alice");
        assertSame(GALLERY, page.getCreated());
        assertEquals("s3cret", page.getCreatedSecret());
        assertEquals(List.of("Created application Gallery."), request.infos());
        assertNotSame(filled, page.getForm());
        assertNull(page.getForm().getName());
        page.getApplications();
        verify(page.service, times(2)).listOwnedBy("alice");
    }

    @Test
    void whenTheApplicationIsRefusedThenTheReasonIsShownAndTheFormKept() {
        when(page.service.create(any(), eq("alice")))
                .thenThrow(new OAuthException(OAuthError.INVALID_REDIRECT_URI, "Use https for redirect URIs."));
        ApplicationForm filled = page.getForm();

        page.create();

        assertEquals(List.of("Use https for redirect URIs."), request.errors());
        assertSame(filled, page.getForm());
        assertNull(page.getCreated());
        assertNull(page.getCreatedSecret());
    }
}
