package dev.grantry.persistence.scope;

/** A scope value with characters RFC 6749 §3.3 forbids; each caller answers it with its own protocol's error. */
public class MalformedScopeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public MalformedScopeException() {
        super("The scope value is malformed (RFC 6749 §3.3).");
    }
}
