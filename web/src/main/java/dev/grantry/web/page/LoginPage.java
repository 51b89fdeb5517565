package dev.grantry.web.page;

import dev.grantry.service.user.SignInService;
import dev.grantry.web.address.PublicAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Backs {@code login.xhtml}: signs in through Jakarta Security, then continues to the page that was asked for. The
 * session gets a new id first, so that an id planted in the browser before sign-in never becomes a signed-in session
 * (session fixation, OWASP ASVS 3.2.1).
 */
@Named
@RequestScoped
public class LoginPage {

    static final String WRONG_CREDENTIALS = "Wrong username or password.";
    static final String LOCKED = "Too many failed sign-ins for this username. Try again later.";

    @Inject
    SecurityContext securityContext;

    @Inject
    SignInService signInService;

    @Inject
    FacesContext faces;

    @Inject
    PublicAddress publicAddress;

    private String username;
    private String password;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> external.redirect(publicAddress.of("/"));
            default -> PageMessages.error(faces, signInService.isLocked(username) ? LOCKED : WRONG_CREDENTIALS);
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
