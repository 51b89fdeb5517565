package dev.grantry.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.grantry.service.key.ActiveKey;
import dev.grantry.service.key.SigningKeyStore;
import dev.grantry.service.key.SigningKeys;
import dev.grantry.service.secret.ServerSecrets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

class AdminKeysPageTest {

    private final FacesRequest request = new FacesRequest("admin");
    private final AdminKeysPage page = new AdminKeysPage();

    {
        page.store = mock(SigningKeyStore.class);
        page.signingKeys = mock(SigningKeys.class);
        page.serverSecrets = mock(ServerSecrets.class);
        page.securityContext = request.security;
        page.faces = request.faces;
        when(page.store.all()).thenReturn(List.of());
    }

    @Test
    void whenSecretsAreKeptInTheDatabaseThenThePageShowsTheWarnings() {
        when(page.serverSecrets.keptInDatabase()).thenReturn(List.of("The pepper is kept in the database."));

        assertEquals(List.of("The pepper is kept in the database."), page.getSecretWarnings());
    }

    @Test
    void whenTheKeysAreRotatedThenTheNewActiveKeyIsNamedAndTheListIsReadAgain() {
        when(page.signingKeys.active()).thenReturn(new ActiveKey("kid-2", null, null));
        page.getKeys();

        page.rotate();
        page.getKeys();

        InOrder order = inOrder(page.signingKeys);
        order.verify(page.signingKeys).rotate("admin");
        order.verify(page.signingKeys).active();
        assertEquals(List.of("Rotated the signing keys: kid-2 signs new tokens."), request.infos());
        verify(page.store, times(2)).all();
    }
}
