package dev.grantry.web.page;

import dev.grantry.service.authorize.AuthorizationRequestException;
import dev.grantry.service.authorize.AuthorizationService;
import dev.grantry.service.authorize.ConsentView;
import dev.grantry.web.oauth.WaitingRequests;
import dev.grantry.web.security.SignInTime;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Backs {@code consent.xhtml}: shows a pending authorization request to the signed-in user and answers the client
 * with their decision. The Faces form (view state) protects the buttons against CSRF; the layout's headers forbid
 * framing.
 */
@Named
@ViewScoped
public class ConsentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuthorizationService authorizations;

    private String requestId;
    private ConsentView request;
    private String error;

    /**
     * On the first GET: stores the request if it waited in the session for the sign-in, then answers at once when
     * consent is remembered, else loads the request to show.
     */
    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        ExternalContext external = faces.getExternalContext();
        requestId = external.getRequestParameterMap().get("request");
        answer(id -> {
            HttpSession session = (HttpSession) external.getSession(false);
            WaitingRequests.take(session, id)
                    .ifPresent(waiting -> authorizations.open(waiting, username(), SignInTime.of(session)));
            Optional<String> remembered = authorizations.approveIfRemembered(id, username());
            if (remembered.isEmpty()) {
                request = authorizations.show(id, username());
            }
            return remembered.orElse(null);
        });
    }

    public void authorize() {
        answer(id -> authorizations.approve(id, username()));
    }

    public void deny() {
        answer(id -> authorizations.deny(id, username()));
    }

    /** Runs {@code decision}; redirects (303) to the URI it returns, if any, or shows why it failed. */
    private void answer(UnaryOperator<String> decision) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            String location = decision.apply(requestId);
            if (location != null) {
                HttpServletResponse response = (HttpServletResponse) external.getResponse();
                response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                response.setHeader("Location", location);
                response.setHeader("Cache-Control", "no-store");
                faces.responseComplete();
            }
        } catch (AuthorizationRequestException e) {
            request = null;
            error = e.description();
            external.setResponseStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    private static String username() {
        return FacesContext.getCurrentInstance()
                .getExternalContext()
                .getUserPrincipal()
                .getName();
    }

    /** The request to decide on, {@code null} when there is none to show. */
    public ConsentView getRequest() {
        return request;
    }

    /** Why there is nothing to decide, or {@code null}. */
    public String getError() {
        return error;
    }
}
