package dev.grantry.web.oauth;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The page a user sees when an authorization request cannot be answered to its client (RFC 6749 §4.1.2.1: unknown
 * client, missing or unregistered redirect URI), and when a sign-out request of OpenID Connect RP-initiated logout
 * cannot be trusted. Plain HTML in the look of the Faces layout.
 */
final class AuthorizationErrorPage {

    private AuthorizationErrorPage() {}

    /** The page as a {@code 400} response. */
    static Response response(String contextPath, String message) {
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(render(contextPath, message))
                .build();
    }

    static String render(String contextPath, String message) {
        String root = escape(contextPath);
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8"/>
                  <meta name="viewport" content="width=device-width, initial-scale=1"/>
                  <title>Authorization refused · Grantry</title>
                  <link rel="stylesheet" href="%1$s/jakarta.faces.resource/css/grantry.css.xhtml"/>
                </head>
                <body>
                  <header class="top"><a class="brand" href="%1$s/">Grantry</a></header>
                  <main>
                    <h1>This authorization request cannot be answered</h1>
                    <p class="messages"><span class="error" role="alert">%2$s</span></p>
                    <p>The application that sent you here is misconfigured. You were not sent back to it.</p>
                  </main>
                </body>
                </html>
                """.formatted(root, escape(message));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
