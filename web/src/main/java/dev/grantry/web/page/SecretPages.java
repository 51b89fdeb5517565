package dev.grantry.web.page;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

/**
 * Pages that may show a client secret (in the answer to creating an application or regenerating its secret) must
 * not be kept by the browser or a proxy, where the next user of the machine could read them back (RFC 6749 §10.3's
 * rule for responses carrying credentials, applied to pages).
 */
final class SecretPages {

    private SecretPages() {}

    /** Forbids storing the page being answered. */
    static void noStore(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        external.setResponseHeader("Cache-Control", "no-store");
        external.setResponseHeader("Pragma", "no-cache");
    }
}
