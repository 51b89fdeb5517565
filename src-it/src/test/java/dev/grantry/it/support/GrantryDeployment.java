package dev.grantry.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real {@code micro/target/grantry.war}, as ops deploy it. */
public final class GrantryDeployment {

    private GrantryDeployment() {
    }

    public static WebArchive war() {
        File war = new File(System.getProperty("grantry.war", "../micro/target/grantry.war"));
        return ShrinkWrap.create(ZipImporter.class, "grantry.war").importFrom(war).as(WebArchive.class);
    }

    /** The bootstrap administrator's password the integration tests start Grantry with. */
    public static String adminPassword() {
        return System.getProperty("it.admin.password");
    }
}
