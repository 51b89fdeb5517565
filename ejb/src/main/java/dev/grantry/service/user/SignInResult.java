package dev.grantry.service.user;

import dev.grantry.persistence.user.User;
import java.util.Optional;

/** The outcome of one sign-in attempt. */
public record SignInResult(Outcome outcome, User user) {

    public static final String WRONG_CREDENTIALS = "Wrong username or password.";
    public static final String LOCKED_MESSAGE = "Too many failed sign-ins for this username. Try again later.";
    public static final String ADDRESS_LIMITED_MESSAGE =
            "Too many failed sign-ins from your network address. Try again later.";

    public enum Outcome {
        SIGNED_IN,
        /** Unknown username, wrong password or disabled user: deliberately not told apart. */
        REFUSED,
        /** Too many recent failures for this username; refused without checking the password. */
        LOCKED,
        /** Too many recent failures from the client's address; refused without checking the password. */
        ADDRESS_LIMITED
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

    static SignInResult addressLimited() {
        return new SignInResult(Outcome.ADDRESS_LIMITED, null);
    }

    /** What to tell the person whose sign-in this was refused; {@code null} when it succeeded. */
    public String refusalMessage() {
        return switch (outcome) {
            case SIGNED_IN -> null;
            case REFUSED -> WRONG_CREDENTIALS;
            case LOCKED -> LOCKED_MESSAGE;
            case ADDRESS_LIMITED -> ADDRESS_LIMITED_MESSAGE;
        };
    }

    public Optional<User> signedInUser() {
        return Optional.ofNullable(user);
    }
}
