package dev.grantry.service.user;

import dev.grantry.persistence.user.Role;
import dev.grantry.persistence.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The identity store Jakarta Security asks at sign-in: Grantry's own users, through {@link SignInService}. The login
 * page passes an {@link AddressedCredential}, so that failures count against the client's address too.
 */
@ApplicationScoped
public class GrantryIdentityStore implements IdentityStore {

    @Inject
    SignInService signInService;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return signInService
                .signIn(
                        login.getCaller(),
                        login.getPasswordAsString(),
                        login instanceof AddressedCredential addressed ? addressed.clientAddress() : null)
                .signedInUser()
                .map(user -> new CredentialValidationResult(user.getUsername(), groups(user)))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    private static Set<String> groups(User user) {
        return user.getRoles().stream().map(Role::groupName).collect(Collectors.toSet());
    }
}
