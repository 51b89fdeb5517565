package dev.grantry.web.page;

import dev.grantry.web.address.PublicAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** The "Sign out" button of the page layout. */
@Named
@RequestScoped
public class SignOut {

    @Inject
    FacesContext faces;

    @Inject
    PublicAddress publicAddress;

    public void signOut() throws ServletException, IOException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(publicAddress.of("/login?signedOut=true"));
    }
}
