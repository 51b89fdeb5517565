package dev.grantry.service.user;

import dev.grantry.persistence.user.User;
import java.util.Optional;

/** The outcome of one sign-in attempt. */
public record SignInResult(Outcome outcome, User user) {

    public enum Outcome {
        SIGNED_IN,
        /** Unknown username, wrong password or disabled user: deliberately not told apart. */
        REFUSED,
        /** Too many recent failures for this username; refused without checking the password. */
        LOCKED
    }

    static SignInResult signedIn(User user) {
        return new SignInResult(Outcome.SIGNED_IN, user);
    }

    static SignInResult refused() {
        return new SignInResult(Outcome.REFUSED, null);
    }

    static SignInResult locked() {
        return new SignInResult(Outcome.LOCKED, null);
    }

    public Optional<User> signedInUser() {
        return Optional.ofNullable(user);
    }
}
