package dev.grantry.service.user;

import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/**
 * A username and password with the IP address they were sent from, so that the identity store can count failed
 * sign-ins per address as well as per username.
 */
public class AddressedCredential extends UsernamePasswordCredential {

    private final String clientAddress;

    public AddressedCredential(String username, String password, String clientAddress) {
        super(username, new Password(password));
        this.clientAddress = clientAddress;
    }

    public String clientAddress() {
        return clientAddress;
    }
}
