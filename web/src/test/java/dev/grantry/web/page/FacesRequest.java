package dev.grantry.web.page;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;

/**
 * The Faces request a page bean runs in, as far as the beans use it: the signed-in user, the external context, and
 * the messages the page adds for the layout to show.
 */
final class FacesRequest {

    final FacesContext faces = mock(FacesContext.class);
    final ExternalContext external = mock(ExternalContext.class);
    final SecurityContext security = mock(SecurityContext.class);
    private final List<FacesMessage> messages = new ArrayList<>();

    FacesRequest(String username) {
        Principal user = () -> username;
        when(faces.getExternalContext()).thenReturn(external);
        when(security.getCallerPrincipal()).thenReturn(user);
        when(external.getUserPrincipal()).thenReturn(user);
        doAnswer(call -> messages.add(call.getArgument(1))).when(faces).addMessage(isNull(), any());
    }

    /** The informational messages added, in order. */
    List<String> infos() {
        return summaries(FacesMessage.SEVERITY_INFO);
    }

    /** The error messages added, in order. */
    List<String> errors() {
        return summaries(FacesMessage.SEVERITY_ERROR);
    }

    private List<String> summaries(FacesMessage.Severity severity) {
        return messages.stream()
                .filter(m -> m.getSeverity() == severity)
                .map(FacesMessage::getSummary)
                .toList();
    }
}
