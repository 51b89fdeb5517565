package dev.grantry.web.oauth;

import dev.grantry.service.authorize.AuthorizationRequestException;
import dev.grantry.service.authorize.AuthorizationService;
import dev.grantry.service.authorize.OpenIdParameters;
import dev.grantry.service.authorize.PendingRequest;
import dev.grantry.service.error.OAuthError;
import dev.grantry.web.address.PublicAddress;
import dev.grantry.web.security.SessionEnd;
import dev.grantry.web.security.SignInTime;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.Optional;

/**
 * The authorization endpoint (RFC 6749 <a href="https://www.rfc-editor.org/rfc/rfc6749#section-3.1">§3.1</a>),
 * also at Gitea's {@code /login/oauth/authorize} and Gancio's {@code /authorize}. A valid request waits on the
 * consent page (which makes the user sign in first; an anonymous visitor's request waits in their session, see
 * {@link WaitingRequests}), unless the user already granted it; a request whose client or redirect URI cannot be
 * trusted gets an error page, never a redirect (§4.1.2.1). The consent page's address is the issuer's, whatever
 * {@code Host} the request named.
 *
 * <p>OpenID Connect's {@code prompt} and {@code max_age} (Core 1.0
 * <a href="https://openid.net/specs/openid-connect-core-1_0.html#AuthRequest">§3.1.2.1</a>): {@code prompt=none}
 * answers {@code login_required} or {@code consent_required} instead of showing a page; {@code prompt=login}, or a
 * sign-in older than {@code max_age}, signs the session out so that the user signs in again; {@code login_hint} is
 * kept for the sign-in page ({@link LoginHint}).
 */
@Path("{alias: oauth/authorize|login/oauth/authorize|authorize}")
@NoStore
public class AuthorizationEndpoint {

    @Inject
    AuthorizationService authorizations;

    @Inject
    PublicAddress publicAddress;

    @Context
    UriInfo uriInfo;

    @Context
    HttpServletRequest request;

    @GET
    public Response authorize() throws ServletException {
        try {
            PendingRequest pending = authorizations.begin(uriInfo.getQueryParameters());
            OpenIdParameters openId = pending.openId();
            Principal user = request.getUserPrincipal();
            if (user != null && authorizations.needsFreshSignIn(pending, signInTime())) {
                if (openId.promptNone()) {
                    return refuse(pending, OAuthError.LOGIN_REQUIRED, "The user must sign in again.");
                }
                SessionEnd.now(request);
                user = null;
            }
            if (user == null) {
                if (openId.promptNone()) {
                    return refuse(pending, OAuthError.LOGIN_REQUIRED, "The user is not signed in.");
                }
                HttpSession session = request.getSession(true);
                WaitingRequests.keep(session, pending);
                LoginHint.keep(session, openId.loginHint());
                return consentPage(pending);
            }
            Optional<String> answer = authorizations.approveIfRemembered(
                    authorizations.open(pending, user.getName(), signInTime()), user.getName());
            if (answer.isEmpty() && openId.promptNone()) {
                return refuse(pending, OAuthError.CONSENT_REQUIRED, "The user has not authorized this request yet.");
            }
            return answer.map(AuthorizationEndpoint::seeOther).orElseGet(() -> consentPage(pending));
        } catch (AuthorizationRequestException e) {
            if (e.isRedirectable()) {
                return seeOther(authorizations.errorRedirect(e.redirectUri(), e.error(), e.description(), e.state()));
            }
            return AuthorizationErrorPage.response(request.getContextPath(), e.description());
        }
    }

    private Response consentPage(PendingRequest pending) {
        return seeOther(publicAddress.of("/consent?request=" + pending.id()));
    }

    /** The error, without showing a page, to the client (Core 1.0 §3.1.2.6). */
    private Response refuse(PendingRequest pending, OAuthError error, String description) {
        return seeOther(
                authorizations.errorRedirect(pending.effectiveRedirectUri(), error, description, pending.state()));
    }

    private Instant signInTime() {
        return SignInTime.of(request.getSession(false));
    }

    /** Ends the signed-in session, so that the consent page asks for a new sign-in in a new session. */
    private static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}
