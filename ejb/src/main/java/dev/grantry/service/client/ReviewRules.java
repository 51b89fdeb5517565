package dev.grantry.service.client;

import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.ClientType;

/**
 * Which changes of an approved application an administrator must review again when approval is {@code admin}: any
 * that widens what it may do (a new redirect URI, grant type or scope) or changes its client type. Narrowing changes
 * (removing any of those) and changes of name or website apply at once.
 */
final class ReviewRules {

    private ReviewRules() {}

    /** Whether changing {@code application} to {@code changed} (of type {@code newType}) needs a new approval. */
    static boolean needsReview(Application application, ApplicationMetadata changed, ClientType newType) {
        return application.getClientType() != newType
                || !application.getRedirectUris().containsAll(changed.redirectUris())
                || !application.getGrantTypes().containsAll(changed.grantTypes())
                || !application.getScopes().containsAll(changed.scopes());
    }
}
