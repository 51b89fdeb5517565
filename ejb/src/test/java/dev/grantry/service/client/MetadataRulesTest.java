package dev.grantry.service.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.grantry.persistence.client.GrantType;
import dev.grantry.persistence.client.TokenEndpointAuthMethod;
import dev.grantry.service.error.OAuthError;
import dev.grantry.service.error.OAuthException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** RFC 7591 §2 client metadata as every registration path checks it. */
class MetadataRulesTest {

    static final Set<String> KNOWN = Set.of("repo:read", "user:read", "openid");
    static final Set<GrantType> DEFAULTS = Set.of(GrantType.AUTHORIZATION_CODE);
    static final List<String> CALLBACK = List.of("https://app.example/cb");

    @Test
    void whenValidThenTrimmedWithDuplicateRedirectUrisOnceAndTheDefaultsFilledIn() {
        ApplicationMetadata metadata = MetadataRules.check(
                new ApplicationRequest(
                        "  App ",
                        " https://app.example ",
                        " About it ",
                        List.of(" https://app.example/cb", "https://app.example/cb", "http://127.0.0.1/cb"),
                        null,
                        "user:read repo:read",
                        null),
                KNOWN,
                DEFAULTS);

        assertEquals(
                new ApplicationMetadata(
                        "App",
                        "https://app.example",
                        "About it",
                        List.of("https://app.example/cb", "http://127.0.0.1/cb"),
                        DEFAULTS,
                        Set.of("repo:read", "user:read"),
                        TokenEndpointAuthMethod.CLIENT_SECRET_BASIC),
                metadata);
    }

    @Test
    void whenGrantTypesAndAMethodAreNamedThenThose() {
        ApplicationMetadata metadata = MetadataRules.check(
                new ApplicationRequest(
                        "App", null, null, List.of(), Set.of("client_credentials"), null, "client_secret_post"),
                KNOWN,
                DEFAULTS);

        assertEquals(Set.of(GrantType.CLIENT_CREDENTIALS), metadata.grantTypes());
        assertEquals(TokenEndpointAuthMethod.CLIENT_SECRET_POST, metadata.authMethod());
        assertEquals(Set.of(), metadata.scopes());
    }

    @Test
    void whenAFieldBreaksARuleThenInvalidClientMetadataSayingWhich() {
        List<ApplicationRequest> invalid = List.of(
                request(null, null, null, null, null, null),
                request(" ", null, null, null, null, null),
                request("n".repeat(201), null, null, null, null, null),
                request("App", "ftp://app.example", null, null, null, null),
                request("App", "https:///no-host", null, null, null, null),
                request("App", "not a uri at all", null, null, null, null),
                request("App", "https://app.example/" + "w".repeat(2000), null, null, null, null),
                request("App", null, "d".repeat(2001), null, null, null),
                request("App", null, null, Set.of(), null, null),
                request("App", null, null, Set.of("password"), null, null),
                request("App", null, null, Set.of("client_credentials"), null, "none"),
                request("App", null, null, null, null, "private_key_jwt"),
                request("App", null, null, null, "repo:read \"quoted\"", null),
                request("App", null, null, null, "no:such", null),
                request(
                        "App",
                        null,
                        null,
                        null,
                        IntStream.range(0, 51).mapToObj(i -> "s" + i).collect(Collectors.joining(" ")),
                        null));

        for (ApplicationRequest request : invalid) {
            OAuthException e = assertThrows(
                    OAuthException.class, () -> MetadataRules.check(request, KNOWN, DEFAULTS), request.toString());
            assertEquals(OAuthError.INVALID_CLIENT_METADATA, e.error(), request.toString());
            assertFalse(e.description().isBlank());
        }
    }

    @Test
    void whenRedirectUrisBreakARuleThenInvalidRedirectUri() {
        List<ApplicationRequest> invalid = List.of(
                new ApplicationRequest("App", null, null, List.of("http://app.example/cb"), null, null, null),
                new ApplicationRequest("App", null, null, List.of(), Set.of("authorization_code"), null, null),
                new ApplicationRequest(
                        "App",
                        null,
                        null,
                        IntStream.range(0, 21)
                                .mapToObj(i -> "https://app.example/" + i)
                                .toList(),
                        null,
                        null,
                        null));

        for (ApplicationRequest request : invalid) {
            assertEquals(
                    OAuthError.INVALID_REDIRECT_URI,
                    assertThrows(OAuthException.class, () -> MetadataRules.check(request, KNOWN, DEFAULTS))
                            .error());
        }
    }

    private static ApplicationRequest request(
            String name, String website, String description, Set<String> grantTypes, String scope, String authMethod) {
        return new ApplicationRequest(name, website, description, CALLBACK, grantTypes, scope, authMethod);
    }
}
