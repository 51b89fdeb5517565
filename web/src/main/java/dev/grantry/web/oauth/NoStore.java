package dev.grantry.web.oauth;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks endpoints whose requests or answers carry tokens, secrets or personal data: {@link NoStoreFilter} forbids
 * caching them (RFC 6749 <a href="https://www.rfc-editor.org/rfc/rfc6749#section-5.1">§5.1</a>), and
 * {@link HttpsRequiredFilter} refuses them over plain HTTP when Grantry is served over HTTPS.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface NoStore {}
