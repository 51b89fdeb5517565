package dev.grantry.web.page;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Adds the messages the layout shows at the top of a page. */
final class PageMessages {

    private PageMessages() {}

    static void info(FacesContext faces, String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    static void error(FacesContext faces, String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }
}
