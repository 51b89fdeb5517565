package dev.grantry.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.grantry.service.client.ApplicationAccessDeniedException;
import dev.grantry.service.client.ApplicationService;
import dev.grantry.service.client.ApplicationView;
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
            Set.of());

    private final FacesRequest request = new FacesRequest("admin");
    private final AdminApplicationsPage page = new AdminApplicationsPage();

    {
        page.service = mock(ApplicationService.class);
        page.faces = request.faces;
    }

    @Test
    void whenApplicationsAreApprovedRejectedOrDisabledThenEachIsNamedAndTheListIsReadAgain() {
        when(page.service.listAll()).thenReturn(List.of(GALLERY));
        when(page.service.approve("c1")).thenReturn(GALLERY);
        when(page.service.reject("c1")).thenReturn(GALLERY);
        when(page.service.disable("c1")).thenReturn(GALLERY);
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
        when(page.service.approve("gone")).thenThrow(new ApplicationAccessDeniedException());

        page.approve("gone");

        assertEquals(List.of("There is no such application."), request.errors());
    }
}
