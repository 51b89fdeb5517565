package dev.grantry.web.address;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.net.URI;

/**
 * A request as if it had been sent to the issuer's address: its URL, scheme, host and port are the issuer's, whatever
 * {@code Host} header it came with. Given to code that builds absolute URLs from the request (Jakarta Security's
 * login redirect and the page it returns to after sign-in).
 */
public final class PubliclyAddressedRequest extends HttpServletRequestWrapper {

    private final URI issuer;

    public PubliclyAddressedRequest(HttpServletRequest request, String issuer) {
        super(request);
        this.issuer = URI.create(issuer);
    }

    /** The issuer's origin followed by the request's URI (which starts with the context path). */
    @Override
    public StringBuffer getRequestURL() {
        return new StringBuffer(origin()).append(getRequestURI());
    }

    @Override
    public String getScheme() {
        return issuer.getScheme();
    }

    @Override
    public String getServerName() {
        return issuer.getHost();
    }

    @Override
    public int getServerPort() {
        if (issuer.getPort() != -1) {
            return issuer.getPort();
        }
        return "https".equalsIgnoreCase(issuer.getScheme()) ? 443 : 80;
    }

    private String origin() {
        return issuer.getScheme() + "://" + issuer.getRawAuthority();
    }
}
