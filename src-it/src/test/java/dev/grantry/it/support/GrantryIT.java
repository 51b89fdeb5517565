package dev.grantry.it.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An integration test class against the Grantry of its failsafe execution: constructors and methods may ask for the
 * {@link Server}, the class's {@link Browser}, {@link Users} and the {@link ServerLog}. See {@link GrantryExtension}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(GrantryExtension.class)
public @interface GrantryIT {}
