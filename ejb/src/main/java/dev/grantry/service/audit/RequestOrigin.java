package dev.grantry.service.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request comes from, as the web layer saw it (the client's address and {@code User-Agent}), so
 * that services record it in audit events without knowing HTTP. Empty in timers and anything else not started by a
 * request.
 */
@RequestScoped
public class RequestOrigin {

    private String remoteAddress;
    private String userAgent;

    /** Set once per request, by the web layer, before any service is called. */
    public void set(String remoteAddress, String userAgent) {
        this.remoteAddress = remoteAddress;
        this.userAgent = userAgent;
    }

    /** The client's IP address, or {@code null} outside a request. */
    public String remoteAddress() {
        return remoteAddress;
    }

    /** The client's {@code User-Agent}, or {@code null} when it sent none or outside a request. */
    public String userAgent() {
        return userAgent;
    }
}
