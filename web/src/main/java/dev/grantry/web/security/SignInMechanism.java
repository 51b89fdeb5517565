package dev.grantry.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Form sign-in through the {@code /login} page (a Faces form, so CSRF-safe), checked by the identity stores (Grantry's
 * database): what Jakarta Security's custom form mechanism does, as a class of Grantry's own so that
 * {@link PublicAddressing} can run before {@link LoginToContinue}. A protected page redirects to the login page and,
 * after sign-in, back to the page that was asked for; both addresses are built from the issuer.
 */
@AutoApplySession
@LoginToContinue(loginPage = "/login", errorPage = "", useForwardToLogin = false)
@Interceptors(PublicAddressing.class)
@DeclareRoles({"user", "admin", "auditor"})
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

    @Inject
    IdentityStoreHandler identityStores;

    /** Validates the credentials the login page passed to {@code SecurityContext.authenticate}; else does nothing. */
    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential == null) {
            return context.doNothing();
        }
        return context.notifyContainerAboutLogin(identityStores.validate(credential));
    }
}
