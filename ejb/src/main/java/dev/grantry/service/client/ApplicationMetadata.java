package dev.grantry.service.client;

import dev.grantry.persistence.client.GrantType;
import dev.grantry.persistence.client.TokenEndpointAuthMethod;
import java.util.List;
import java.util.Set;

/**
 * An {@link ApplicationRequest} that passed {@link MetadataRules}: values trimmed, defaults filled in, names turned
 * into their types. Only {@link MetadataRules} makes one.
 */
record ApplicationMetadata(
        String name,
        String website,
        String description,
        List<String> redirectUris,
        Set<GrantType> grantTypes,
        Set<String> scopes,
        TokenEndpointAuthMethod authMethod) {}
