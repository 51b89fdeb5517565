package dev.grantry.web.page;

import dev.grantry.persistence.client.Application;
import dev.grantry.persistence.client.GrantType;
import dev.grantry.persistence.client.TokenEndpointAuthMethod;
import dev.grantry.service.client.ApplicationRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The fields of the "New application" form and of an application's edit form: redirect URIs one per line, client
 * type {@value #CONFIDENTIAL} or {@value #PUBLIC}. Grant types are not on the form and are kept as they were.
 */
public class ApplicationForm {

    static final String CONFIDENTIAL = "confidential";
    static final String PUBLIC = "public";

    private String name;
    private String website;
    private String redirectUris;
    private List<String> scopes = new ArrayList<>();
    private String clientType = CONFIDENTIAL;
    private TokenEndpointAuthMethod authMethod;
    private Set<String> grantTypes;

    /** The form filled in with {@code application}'s current values. */
    static ApplicationForm from(Application application) {
        ApplicationForm form = new ApplicationForm();
        form.name = application.getName();
        form.website = application.getWebsite();
        form.redirectUris = String.join("\n", application.getRedirectUris());
        form.scopes = new ArrayList<>(application.getScopes());
        form.authMethod = application.getTokenEndpointAuthMethod();
        form.clientType = form.authMethod == TokenEndpointAuthMethod.NONE ? PUBLIC : CONFIDENTIAL;
        form.grantTypes = application.getGrantTypes().stream().map(GrantType::value).collect(Collectors.toSet());
        return form;
    }

    /** What the form asks for, to be checked by the service. */
    ApplicationRequest toRequest() {
        List<String> uris = redirectUris == null ? List.of()
                : Arrays.stream(redirectUris.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new ApplicationRequest(name, website, null, uris, grantTypes, String.join(" ", scopes), authMethod());
    }

    private TokenEndpointAuthMethod authMethod() {
        if (PUBLIC.equals(clientType)) {
            return TokenEndpointAuthMethod.NONE;
        }
        return authMethod == null || authMethod == TokenEndpointAuthMethod.NONE
                ? TokenEndpointAuthMethod.CLIENT_SECRET_BASIC : authMethod;
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
