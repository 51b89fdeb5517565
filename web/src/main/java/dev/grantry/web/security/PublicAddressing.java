package dev.grantry.web.security;

import dev.grantry.web.address.PublicAddress;
import dev.grantry.web.address.PubliclyAddressedRequest;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;

/**
 * Shows the sign-in mechanism's interceptors the request as sent to the issuer's address. Jakarta Security builds the
 * login redirect and the address to return to after sign-in from the request's URL, that is from its {@code Host}
 * header, which anybody can forge. Bound with {@code @Interceptors}, so it runs before the interceptor bindings
 * ({@code @LoginToContinue}, {@code @AutoApplySession}); the container keeps the request it had.
 */
public class PublicAddressing implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PublicAddress publicAddress;

    @AroundInvoke
    public Object asSentToTheIssuer(InvocationContext invocation) throws Exception {
        Object[] parameters = invocation.getParameters();
        if (parameters.length != 3
                || !(parameters[0] instanceof HttpServletRequest request)
                || !(parameters[2] instanceof HttpMessageContext context)) {
            return invocation.proceed();
        }
        String issuer = publicAddress.of("");
        if (request.getRequestURL().toString().startsWith(issuer + "/")) {
            // Sent to the issuer's address already: nothing to fix, and the container's request stays untouched
            // (WildFly's Jakarta Authentication accepts a replaced request only when sign-in succeeds).
            return invocation.proceed();
        }
        HttpServletRequest addressed = new PubliclyAddressedRequest(request, issuer);
        parameters[0] = addressed;
        invocation.setParameters(parameters);
        context.withRequest(addressed);
        try {
            return invocation.proceed();
        } finally {
            // Unless sign-in restored the request saved before the login page (Jakarta Security replaces it then).
            if (context.getRequest() == addressed) {
                context.withRequest(request);
            }
        }
    }
}
