package dev.grantry.service.authorize;

import dev.grantry.persistence.authorize.AuthorizationCode;
import dev.grantry.persistence.authorize.AuthorizationCodeRepository;
import dev.grantry.persistence.client.Application;
import dev.grantry.service.error.OAuthException;
import dev.grantry.service.error.ReplayRefusedException;
import dev.grantry.service.secret.SecretHasher;
import dev.grantry.service.token.TokenIssuer;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * Redeems authorization codes: checks them, then marks them used in one conditional update, so that of any number
 * of concurrent redemptions exactly one succeeds. A code presented again revokes every token issued from it
 * (RFC 6749 <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2">§4.1.2</a>).
 *
 * <p>The code is marked used in the token request's transaction, the one that issues the tokens: its row stays
 * locked until they are committed, so that a concurrent replay waits for them and its revocation cannot miss them.
 */
@Stateless
public class AuthorizationCodes {

    @Inject
    AuthorizationCodeRepository codes;

    @Inject
    SecretHasher hasher;

    @Inject
    TokenIssuer tokenIssuer;

    @Inject
    Clock clock;

    /**
     * Marks the code used, in the caller's transaction, which must issue the tokens.
     *
     * @param redirectUri the token request's {@code redirect_uri}, or {@code null}
     * @param verifier the token request's {@code code_verifier}, or {@code null}
     * @return the code, now used
     * @throws OAuthException {@code invalid_grant} when it may not be exchanged, also when its user was disabled
     */
    public AuthorizationCode redeem(Application client, String code, String redirectUri, String verifier) {
        String codeHash = hasher.hash(code);
        AuthorizationCode stored = codes.findByHash(codeHash).orElseThrow(AuthorizationCodes::invalidCode);
        if (stored.getUsedAt() != null) {
            throw replayed(stored);
        }
        Instant now = clock.instant();
        CodeRedemptionRules.check(stored, client, redirectUri, verifier, now);
        if (!codes.markUsed(codeHash, now)) {
            throw replayed(stored);
        }
        if (!stored.getUser().isEnabled()) {
            throw invalidCode();
        }
        return stored;
    }

    /** {@code invalid_grant} for a code that may not be exchanged, telling no more about it. */
    public static OAuthException invalidCode() {
        return CodeRedemptionRules.invalidGrant(CodeRedemptionRules.INVALID_CODE);
    }

    /** Revokes what the code gave; the refusal commits the revocation (see {@link ReplayRefusedException}). */
    private RuntimeException replayed(AuthorizationCode code) {
        tokenIssuer.revokeIssuedFromCode(code.getCodeHash(), code.getApplication(), code.getUser());
        return new ReplayRefusedException(CodeRedemptionRules.INVALID_CODE);
    }
}
