package dev.grantry.sample.openid;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The sample's two small pages, written without a template engine to keep the sample about signing in. */
final class Html {

    private Html() {}

    static void page(HttpServletResponse response, String title, String body) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter()
                .write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><title>" + title
                        + "</title></head><body><h1>" + title + "</h1>" + body + "</body></html>");
    }

    /** {@code text} safe inside an element or a double-quoted attribute. */
    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
