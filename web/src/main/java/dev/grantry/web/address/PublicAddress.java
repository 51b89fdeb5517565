package dev.grantry.web.address;

import dev.grantry.service.settings.GrantrySettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Absolute URLs of Grantry's own addresses, built from the configured issuer (its public base URL, RFC 8414 §2).
 * Never from the request: a forged {@code Host} header must not steer a redirect elsewhere (RFC 9700 §4.11 on open
 * redirectors; cache poisoning).
 */
@ApplicationScoped
public class PublicAddress {

    @Inject
    GrantrySettings settings;

    /** The absolute URL of {@code path} (which starts with a slash), e.g. {@code /consent?request=…}. */
    public String of(String path) {
        return settings.issuer() + path;
    }

    /** Whether the issuer is an {@code https} URL: cookies are then {@code Secure} and browsers told to keep HTTPS. */
    public boolean isHttps() {
        return settings.issuer().regionMatches(true, 0, "https://", 0, "https://".length());
    }
}
