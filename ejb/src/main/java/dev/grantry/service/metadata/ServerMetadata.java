package dev.grantry.service.metadata;

import dev.grantry.service.grant.Grants;
import dev.grantry.service.scope.ScopeCatalog;
import dev.grantry.service.scope.ScopeView;
import dev.grantry.service.settings.GrantrySettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The authorization server metadata document (RFC 8414
 * <a href="https://www.rfc-editor.org/rfc/rfc8414#section-2">§2</a>), every URL under the configured issuer, which is
 * also the OpenID Provider metadata (OpenID Connect Discovery 1.0
 * <a href="https://openid.net/specs/openid-connect-discovery-1_0.html#ProviderMetadata">§3</a>: RFC 8414 §2 takes
 * its fields over). Only endpoints that exist are listed. ID tokens are signed with the configured algorithm of the
 * signing keys; request objects and the {@code claims} parameter are not supported, and say so, since Discovery's
 * default for {@code request_uri_parameter_supported} is true.
 */
@ApplicationScoped
public class ServerMetadata {

    static final List<String> AUTH_METHODS = List.of("client_secret_basic", "client_secret_post", "none");
    /** Introspection needs a confidential client or a bearer token with the introspection scope. */
    static final List<String> INTROSPECTION_AUTH_METHODS =
            List.of("client_secret_basic", "client_secret_post", "bearer");

    /** The claims an ID token or UserInfo may carry (OpenID Connect Core 1.0 §2, §5.1). */
    static final List<String> CLAIMS = List.of(
            "iss",
            "sub",
            "aud",
            "exp",
            "iat",
            "auth_time",
            "nonce",
            "at_hash",
            "azp",
            "name",
            "preferred_username",
            "updated_at",
            "email",
            "email_verified");
    /** OpenID Connect's {@code prompt} values that the authorization endpoint understands. */
    static final List<String> PROMPTS = List.of("none", "login", "consent", "select_account");

    @Inject
    GrantrySettings settings;

    @Inject
    ScopeCatalog scopes;

    @Inject
    Grants grants;

    /** The document as JSON-ready values: strings, booleans and lists of strings, in a stable order. */
    public Map<String, Object> document() {
        String issuer = settings.issuer();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", issuer);
        document.put("authorization_endpoint", issuer + "/oauth/authorize");
        document.put("token_endpoint", issuer + "/oauth/token");
        document.put("jwks_uri", issuer + "/oauth/jwks");
        document.put("registration_endpoint", issuer + "/oauth/register");
        document.put("revocation_endpoint", issuer + "/oauth/revoke");
        document.put("revocation_endpoint_auth_methods_supported", AUTH_METHODS);
        document.put("introspection_endpoint", issuer + "/oauth/introspect");
        document.put("introspection_endpoint_auth_methods_supported", INTROSPECTION_AUTH_METHODS);
        document.put(
                "scopes_supported", scopes.all().stream().map(ScopeView::name).toList());
        document.put("response_types_supported", List.of("code"));
        document.put("response_modes_supported", List.of("query"));
        document.put("grant_types_supported", List.copyOf(grants.grantTypes()));
        document.put("token_endpoint_auth_methods_supported", AUTH_METHODS);
        document.put(
                "code_challenge_methods_supported",
                settings.pkceAllowPlain() ? List.of("S256", "plain") : List.of("S256"));
        document.put("authorization_response_iss_parameter_supported", true);
        document.put("userinfo_endpoint", issuer + "/oauth/userinfo");
        document.put("end_session_endpoint", issuer + "/oauth/logout");
        document.put("subject_types_supported", List.of("public"));
        document.put("id_token_signing_alg_values_supported", List.of(settings.signingAlgorithm()));
        document.put("claims_supported", CLAIMS);
        document.put("prompt_values_supported", PROMPTS);
        document.put("claims_parameter_supported", false);
        document.put("request_parameter_supported", false);
        document.put("request_uri_parameter_supported", false);
        return document;
    }
}
