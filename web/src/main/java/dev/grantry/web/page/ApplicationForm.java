package dev.grantry.web.page;

import dev.grantry.service.client.ApplicationRequest;
import dev.grantry.service.client.ApplicationView;
import dev.grantry.service.client.OpenIdClientMetadata;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The fields of the "New application" form and of an application's edit form: redirect URIs and OpenID Connect
 * post-logout redirect URIs one per line, the OpenID Connect default max age in seconds, client type
 * {@value #CONFIDENTIAL} or {@value #PUBLIC}. Grant types are not on the form and are kept as they were; so are the
 * scopes the form does not offer (privileged ones, which an administrator gave).
 */
public class ApplicationForm {

    static final String CONFIDENTIAL = "confidential";
    static final String PUBLIC = "public";
    /** The {@code token_endpoint_auth_method} of a public client (RFC 7591 §2). */
    private static final String NO_AUTHENTICATION = "none";

    private String name;
    private String website;
    private String redirectUris;
    private String postLogoutRedirectUris;
    private Integer defaultMaxAge;
    private List<String> scopes = new ArrayList<>();
    private List<String> keptScopes = List.of();
    private String clientType = CONFIDENTIAL;
    private String authMethod;
    private Set<String> grantTypes;

    /**
     * The form filled in with {@code application}'s current values.
     *
     * @param offeredScopes the scopes the form lets the user choose; the application's others are kept
     */
    static ApplicationForm from(ApplicationView application, Collection<String> offeredScopes) {
        ApplicationForm form = new ApplicationForm();
        form.name = application.name();
        form.website = application.website();
        form.redirectUris = String.join("\n", application.redirectUris());
        form.postLogoutRedirectUris = String.join("\n", application.postLogoutRedirectUris());
        form.defaultMaxAge = application.defaultMaxAge();
        form.scopes =
                application.scopes().stream().filter(offeredScopes::contains).collect(Collectors.toList());
        form.keptScopes = application.scopes().stream()
                .filter(scope -> !offeredScopes.contains(scope))
                .toList();
        form.authMethod = application.tokenEndpointAuthMethod();
        form.clientType = application.clientType();
        form.grantTypes = application.grantTypes();
        return form;
    }

    /** What the form asks for, to be checked by the service. */
    ApplicationRequest toRequest() {
        List<String> asked = new ArrayList<>(scopes);
        asked.addAll(keptScopes);
        return new ApplicationRequest(
                name,
                website,
                null,
                lines(redirectUris),
                grantTypes,
                String.join(" ", asked),
                authMethod(),
                new OpenIdClientMetadata(lines(postLogoutRedirectUris), null, defaultMaxAge));
    }

    /** The non-empty lines of a text area, trimmed. */
    private static List<String> lines(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\\R"))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    /** A public client authenticates with nothing; a confidential one keeps its secret method (default Basic). */
    private String authMethod() {
        if (PUBLIC.equals(clientType)) {
            return NO_AUTHENTICATION;
        }
        return NO_AUTHENTICATION.equals(authMethod) ? null : authMethod;
    }

    public List<String> getClientTypes() {
        return List.of(CONFIDENTIAL, PUBLIC);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getRedirectUris() {
        return redirectUris;
    }

    public void setRedirectUris(String redirectUris) {
        this.redirectUris = redirectUris;
    }

    public String getPostLogoutRedirectUris() {
        return postLogoutRedirectUris;
    }

    public void setPostLogoutRedirectUris(String postLogoutRedirectUris) {
        this.postLogoutRedirectUris = postLogoutRedirectUris;
    }

    public Integer getDefaultMaxAge() {
        return defaultMaxAge;
    }

    public void setDefaultMaxAge(Integer defaultMaxAge) {
        this.defaultMaxAge = defaultMaxAge;
    }

    public List<String> getScopes() {
        return scopes;
    }

    public void setScopes(List<String> scopes) {
        this.scopes = scopes == null ? new ArrayList<>() : scopes;
    }

    public String getClientType() {
        return clientType;
    }

    public void setClientType(String clientType) {
        this.clientType = clientType;
    }
}
