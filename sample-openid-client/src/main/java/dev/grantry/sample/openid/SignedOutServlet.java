package dev.grantry.sample.openid;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Where Grantry sends the browser back after signing the user out: the registered post-logout redirect URI. */
@WebServlet("/signed-out")
public class SignedOutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Html.page(
                response,
                "Signed out",
                "<p id=\"signed-out\">You are signed out.</p>" + "<p><a href=\"" + request.getContextPath()
                        + "/\">Sign in again</a></p>");
    }
}
