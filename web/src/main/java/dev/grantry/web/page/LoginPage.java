package dev.grantry.web.page;

import dev.grantry.service.user.AddressedCredential;
import dev.grantry.service.user.SignInResult;
import dev.grantry.service.user.SignInService;
import dev.grantry.web.address.PublicAddress;
import dev.grantry.web.oauth.LoginHint;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Backs {@code login.xhtml}: signs in through Jakarta Security, then continues to the page that was asked for. The
 * session gets a new id first, so that an id planted in the browser before sign-in never becomes a signed-in session
 * (session fixation, OWASP ASVS 3.2.1).
 */
@Named
@RequestScoped
public class LoginPage {

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

    /** Prefills the username with the waiting authorization request's OpenID Connect {@code login_hint}, if any. */
    @PostConstruct
    void prefill() {
        username = LoginHint.of((HttpSession) faces.getExternalContext().getSession(false));
    }

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        String clientAddress = request.getRemoteAddr();
        AuthenticationStatus status = securityContext.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new AddressedCredential(username, password, clientAddress)));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> external.redirect(publicAddress.of("/"));
            default -> PageMessages.error(faces, refusal(clientAddress));
        }
    }

    /** Why the sign-in was refused, as far as it may be told: locked and limited are, wrong password or user not. */
    private String refusal(String clientAddress) {
        if (signInService.isAddressLimited(clientAddress)) {
            return SignInResult.ADDRESS_LIMITED_MESSAGE;
        }
        return signInService.isLocked(username) ? SignInResult.LOCKED_MESSAGE : SignInResult.WRONG_CREDENTIALS;
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
