package dev.grantry.web.oauth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AuthorizationErrorPageTest {

    @Test
    void whenTheMessageIsPlainThenThePageShowsItAsAnAlert() {
        String page = AuthorizationErrorPage.render("/grantry", "The redirect_uri is not registered.");

        assertTrue(page.startsWith("<!DOCTYPE html>"));
        assertTrue(
                page.contains("<span class=\"error\" role=\"alert\">The redirect_uri is not registered.</span>"), page);
    }

    @Test
    void whenTheMessageCarriesMarkupThenItIsEscaped() {
        String page = AuthorizationErrorPage.render("", "Unknown client <script>alert('x')</script> & \"y\"");

        assertFalse(page.contains("<script>"), page);
        assertTrue(
                page.contains("Unknown client &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;y&quot;"),
                page);
    }

    @Test
    void whenTheMessageIsAlreadyEscapedThenItIsEscapedAgainAndShownLiterally() {
        String page = AuthorizationErrorPage.render("", "a &lt; b");

        assertTrue(page.contains(">a &amp;lt; b<"), page);
    }

    @Test
    void whenTheApplicationHasAContextPathThenLinksStartWithIt() {
        String page = AuthorizationErrorPage.render("/grantry", "x");

        assertTrue(page.contains("href=\"/grantry/jakarta.faces.resource/css/grantry.css.xhtml\""), page);
        assertTrue(page.contains("<a class=\"brand\" href=\"/grantry/\">"), page);
    }

    @Test
    void whenTheContextPathCarriesQuotesThenItCannotLeaveTheAttribute() {
        String page = AuthorizationErrorPage.render("/x\"><script>", "x");

        assertFalse(page.contains("<script>"), page);
        assertTrue(page.contains("href=\"/x&quot;&gt;&lt;script&gt;/\""), page);
    }
}
