package dev.grantry.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import org.junit.jupiter.api.Test;

class SignInMechanismTest {

    private final SignInMechanism mechanism = new SignInMechanism();
    private final HttpMessageContext context = mock(HttpMessageContext.class);

    {
        mechanism.identityStores = mock(IdentityStoreHandler.class);
    }

    @Test
    void whenTheLoginPagePassesCredentialsThenTheStoresVerdictGoesToTheContainer() {
        var credential = new UsernamePasswordCredential("alice", "correct horse");
        var verdict = new CredentialValidationResult("alice");
        when(context.getAuthParameters())
                .thenReturn(AuthenticationParameters.withParams().credential(credential));
        when(mechanism.identityStores.validate(credential)).thenReturn(verdict);
        when(context.notifyContainerAboutLogin(verdict)).thenReturn(AuthenticationStatus.SUCCESS);

        assertEquals(AuthenticationStatus.SUCCESS, mechanism.validateRequest(null, null, context));
        verify(context).notifyContainerAboutLogin(verdict);
    }

    @Test
    void whenARequestCarriesNoCredentialsThenTheMechanismDoesNothing() {
        when(context.getAuthParameters()).thenReturn(AuthenticationParameters.withParams());
        when(context.doNothing()).thenReturn(AuthenticationStatus.NOT_DONE);

        assertEquals(AuthenticationStatus.NOT_DONE, mechanism.validateRequest(null, null, context));
    }
}
