package dev.grantry.service.error;

import jakarta.ejb.ApplicationException;

/**
 * {@code invalid_grant} for a replayed authorization code (RFC 6749
 * <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2">§4.1.2</a>) or refresh token (RFC 9700
 * <a href="https://www.rfc-editor.org/rfc/rfc9700#section-4.14.2">§4.14.2</a>) whose tokens the refusing transaction
 * has just revoked: unlike other {@link OAuthException}s it commits, so that the revocation holds. The revocation is
 * done in the refusing transaction rather than in one of its own for two reasons seen on PostgreSQL with many
 * replays at once: that transaction may hold the lock of the replayed token's row (PostgreSQL keeps the lock of a row
 * that a concurrent rotation made fail the update's condition), which a second transaction revoking the same row
 * would wait for forever; and a second transaction needs a second pooled connection, which under load every refused
 * request waits for while holding its first.
 */
@ApplicationException(rollback = false)
public class ReplayRefusedException extends OAuthException {

    private static final long serialVersionUID = 1L;

    public ReplayRefusedException(String description) {
        super(OAuthError.INVALID_GRANT, description);
    }
}
