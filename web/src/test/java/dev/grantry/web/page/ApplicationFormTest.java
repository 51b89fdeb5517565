package dev.grantry.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.grantry.service.client.ApplicationRequest;
import dev.grantry.service.client.ApplicationView;
import dev.grantry.service.client.OpenIdClientMetadata;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ApplicationFormTest {

    private static final Set<String> OFFERED = Set.of("photos:read", "photos:write", "photos:share");

    @Test
    void whenANewFormIsShownThenItIsForAConfidentialClient() {
        ApplicationForm form = new ApplicationForm();

        assertEquals("confidential", form.getClientType());
        assertEquals(List.of("confidential", "public"), form.getClientTypes());
        assertEquals(List.of(), form.getScopes());
    }

    @Test
    void whenANewFormIsSubmittedThenTheRequestCarriesItsFieldsAndDefaultGrantsAndAuthentication() {
        ApplicationForm form = new ApplicationForm();
        form.setName("Gallery");
        form.setWebsite("https://gallery.example");
        form.setRedirectUris("https://gallery.example/cb");
        form.setScopes(List.of("photos:read", "photos:write"));

        assertEquals(
                new ApplicationRequest(
                        "Gallery",
                        "https://gallery.example",
                        null,
                        List.of("https://gallery.example/cb"),
                        null,
                        "photos:read photos:write",
                        null),
                form.toRequest());
    }

    @Test
    void whenRedirectUrisAreOnePerLineThenEachIsTrimmedAndBlankLinesAreDropped() {
        ApplicationForm form = new ApplicationForm();
        form.setRedirectUris("  https://a.example/cb \r\n\r\nhttps://b.example/cb\n   \rhttps://c.example/cb\n");

        assertEquals(
                List.of("https://a.example/cb", "https://b.example/cb", "https://c.example/cb"),
                form.toRequest().redirectUris());
    }

    @Test
    void whenPostLogoutUrisAndADefaultMaxAgeAreEnteredThenTheyAreTheRequestsOpenIdMetadata() {
        ApplicationForm form = new ApplicationForm();
        form.setPostLogoutRedirectUris(" https://a.example/bye \n\nhttps://a.example/out");
        form.setDefaultMaxAge(600);

        assertEquals(
                new OpenIdClientMetadata(List.of("https://a.example/bye", "https://a.example/out"), null, 600),
                form.toRequest().openId());
    }

    @Test
    void whenNoRedirectUriIsEnteredThenNoneIsAsked() {
        assertEquals(List.of(), new ApplicationForm().toRequest().redirectUris());
    }

    @Test
    void whenNoScopeIsChosenThenTheScopeIsEmpty() {
        ApplicationForm form = new ApplicationForm();
        form.setScopes(null);

        assertEquals(List.of(), form.getScopes());
        assertEquals("", form.toRequest().scope());
    }

    @Test
    void whenThePublicTypeIsChosenThenTheClientAuthenticatesWithNothing() {
        ApplicationForm form = ApplicationForm.from(application("confidential", "client_secret_post"), OFFERED);
        form.setClientType("public");

        assertEquals("none", form.toRequest().authMethod());
    }

    @Test
    void whenAPublicClientTurnsConfidentialThenItGetsTheDefaultSecretMethod() {
        ApplicationForm form = ApplicationForm.from(application("public", "none"), OFFERED);
        form.setClientType("confidential");

        assertEquals(null, form.toRequest().authMethod());
    }

    @Test
    void whenAConfidentialClientIsEditedThenItKeepsItsSecretMethod() {
        ApplicationForm form = ApplicationForm.from(application("confidential", "client_secret_post"), OFFERED);

        assertEquals("client_secret_post", form.toRequest().authMethod());
    }

    @Test
    void whenAnApplicationIsEditedThenTheFormShowsItsValuesAndKeepsItsGrantTypes() {
        ApplicationForm form = ApplicationForm.from(application("confidential", "client_secret_basic"), OFFERED);

        assertEquals("Gallery", form.getName());
        assertEquals("https://gallery.example", form.getWebsite());
        assertEquals("https://gallery.example/cb\nhttps://gallery.example/cb2", form.getRedirectUris());
        assertEquals(List.of("photos:read", "photos:write"), form.getScopes());
        assertEquals("confidential", form.getClientType());
        assertEquals(
                new ApplicationRequest(
                        "Gallery",
                        "https://gallery.example",
                        null,
                        List.of("https://gallery.example/cb", "https://gallery.example/cb2"),
                        Set.of("authorization_code", "client_credentials"),
                        "photos:read photos:write",
                        "client_secret_basic"),
                form.toRequest());
    }

    @Test
    void whenTheApplicationHoldsScopesTheFormDoesNotOfferThenTheyAreKept() {
        ApplicationForm form =
                ApplicationForm.from(application("confidential", "client_secret_basic"), Set.of("photos:read"));
        assertEquals(List.of("photos:read"), form.getScopes());

        form.setScopes(List.of());

        assertEquals("photos:write", form.toRequest().scope());
    }

    private static ApplicationView application(String clientType, String authMethod) {
        return new ApplicationView(
                "c1",
                "Gallery",
                "https://gallery.example",
                "alice",
                clientType,
                authMethod,
                "active",
                Instant.EPOCH,
                List.of("https://gallery.example/cb", "https://gallery.example/cb2"),
                new TreeSet<>(Set.of("authorization_code", "client_credentials")),
                new TreeSet<>(Set.of("photos:write", "photos:read")),
                List.of(),
                null);
    }
}
