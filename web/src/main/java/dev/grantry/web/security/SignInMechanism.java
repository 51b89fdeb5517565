package dev.grantry.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form sign-in through {@code login.xhtml} (a Faces form, so CSRF-safe), checked by the database identity store.
 * A protected page redirects to the login page and, after sign-in, back to the page that was asked for.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"user", "admin", "auditor"})
@ApplicationScoped
public class SignInMechanism {}
