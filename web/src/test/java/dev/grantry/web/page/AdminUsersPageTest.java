package dev.grantry.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.grantry.service.user.InvalidUserException;
import dev.grantry.service.user.NewUser;
import dev.grantry.service.user.UserService;
import dev.grantry.service.user.UserView;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AdminUsersPageTest {

    private final FacesRequest request = new FacesRequest("admin");
    private final AdminUsersPage page = new AdminUsersPage();

    {
        page.userService = mock(UserService.class);
        page.securityContext = request.security;
        page.faces = request.faces;
        when(page.userService.grantableRoles()).thenReturn(List.of("admin", "auditor"));
    }

    @Test
    void whenAUserIsCreatedThenOnlyGrantableRolesAreAskedAndTheFormIsCleared() {
        when(page.userService.create(any(), any())).thenReturn(new UserView("bob", "Bob", null, true, List.of("user")));
        fill("bob", List.of("admin", "root", "user"));

        page.createUser();

        verify(page.userService)
                .create(new NewUser("bob", "Bob", "bob@example.org", "correct horse", Set.of("admin")), "admin");
        assertEquals(List.of("Created user bob."), request.infos());
        assertNull(page.getUsername());
        assertNull(page.getDisplayName());
        assertNull(page.getEmail());
        assertEquals(List.of(), page.getRoles());
    }

    @Test
    void whenTheUserCannotBeCreatedThenTheReasonIsShownAndTheFormKept() {
        when(page.userService.create(any(), any())).thenThrow(new InvalidUserException("The username bob is taken."));
        fill("bob", List.of("auditor"));

        page.createUser();

        assertEquals(List.of("The username bob is taken."), request.errors());
        assertEquals("bob", page.getUsername());
        assertEquals(List.of("auditor"), page.getRoles());
    }

    @Test
    void whenAUserIsDisabledOrEnabledThenTheAdministratorActsAndTheListIsReadAgain() {
        when(page.userService.list()).thenReturn(List.of());
        page.getUsers();

        page.disable("bob");
        page.enable("carol");
        page.getUsers();

        verify(page.userService).setEnabled("bob", false, "admin");
        verify(page.userService).setEnabled("carol", true, "admin");
        assertEquals(List.of("Disabled bob.", "Enabled carol."), request.infos());
        verify(page.userService, times(2)).list();
    }

    @Test
    void whenTheChangeIsRefusedThenTheReasonIsShown() {
        doThrow(new InvalidUserException("You cannot disable yourself."))
                .when(page.userService)
                .setEnabled("admin", false, "admin");

        page.disable("admin");

        assertEquals(List.of("You cannot disable yourself."), request.errors());
        assertEquals(List.of(), request.infos());
    }

    @Test
    void whenNoRolesAreChosenThenTheUserGetsNoneBesidesUser() {
        page.setRoles(null);

        assertEquals(List.of(), page.getRoles());
    }

    private void fill(String username, List<String> roles) {
        page.setUsername(username);
        page.setDisplayName("Bob");
        page.setEmail("bob@example.org");
        page.setPassword("correct horse");
        page.setRoles(new ArrayList<>(roles));
    }

    @Test
    void whenALockedUserIsUnlockedThenTheServiceUnlocksAndTheLockedListIsReadAgain() {
        when(page.userService.lockedUsernames()).thenReturn(Set.of("dora")).thenReturn(Set.of());
        assertTrue(page.isLocked("dora"));
        assertFalse(page.isLocked("alice"));

        page.unlock("dora");

        verify(page.userService).unlock("dora", "admin");
        assertEquals(List.of("Unlocked dora."), request.infos());
        assertFalse(page.isLocked("dora"));
    }

    @Test
    void whenTheUserToUnlockIsGoneThenTheReasonIsShown() {
        doThrow(new InvalidUserException("There is no user gone."))
                .when(page.userService)
                .unlock("gone", "admin");

        page.unlock("gone");

        assertEquals(List.of("There is no user gone."), request.errors());
    }
}
