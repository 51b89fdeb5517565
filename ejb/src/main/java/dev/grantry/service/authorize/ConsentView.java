package dev.grantry.service.authorize;

import dev.grantry.service.scope.ScopeView;
import java.io.Serializable;
import java.util.List;

/**
 * What the consent page shows about a pending authorization request.
 *
 * @param owner the username of the application's owner, {@code null} for an anonymous registration
 * @param scopes each requested scope with its description
 */
public record ConsentView(String applicationName, String website, String owner, List<ScopeView> scopes)
        implements Serializable {

    public ConsentView {
        scopes = List.copyOf(scopes);
    }
}
