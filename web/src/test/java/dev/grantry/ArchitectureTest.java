package dev.grantry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;

/**
 * The rules of the README's architecture, checked on the compiled classes of all three modules (this module's test
 * classpath sees them all): {@code web → ejb → persistence}, no package cycles, the token path pointing one way.
 */
@AnalyzeClasses(packages = "dev.grantry", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static void whenLayersAreComparedThenTheyHaveNoCycle(JavaClasses grantry) {
        slices().matching("dev.grantry.(*)..").should().beFreeOfCycles().check(grantry);
    }

    @ArchTest
    static void whenPackagesAreComparedThenTheyHaveNoCycle(JavaClasses grantry) {
        slices().matching("dev.grantry.(*).(*)..").should().beFreeOfCycles().check(grantry);
    }

    @ArchTest
    static void whenWebIsCheckedThenItNeverUsesPersistence(JavaClasses grantry) {
        noClasses()
                .that()
                .resideInAPackage("dev.grantry.web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.grantry.persistence..")
                .check(grantry);
    }

    @ArchTest
    static void whenPersistenceIsCheckedThenItKnowsNoServiceWebOrEndpointApi(JavaClasses grantry) {
        noClasses()
                .that()
                .resideInAPackage("dev.grantry.persistence..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.grantry.service..",
                        "dev.grantry.web..",
                        "jakarta.ejb..",
                        "jakarta.ws.rs..",
                        "jakarta.faces..")
                .check(grantry);
    }

    @ArchTest
    static void whenServicesAreCheckedThenTheyKnowNoWebJaxRsOrFaces(JavaClasses grantry) {
        noClasses()
                .that()
                .resideInAPackage("dev.grantry.service..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.grantry.web..", "jakarta.ws.rs..", "jakarta.faces..")
                .check(grantry);
    }

    @ArchTest
    static void whenATokenGrantIsFoundThenItLivesWithTheOtherGrants(JavaClasses grantry) {
        classes()
                .that()
                .implement("dev.grantry.service.grant.TokenGrant")
                .should()
                .resideInAPackage("dev.grantry.service.grant")
                .check(grantry);
    }

    @ArchTest
    static void whenTheTokenPathIsFollowedThenItPointsOneWay(JavaClasses grantry) {
        noClasses()
                .that()
                .resideInAPackage("dev.grantry.service.token..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.grantry.service.grant..", "dev.grantry.service.authorize..")
                .check(grantry);
        noClasses()
                .that()
                .resideInAPackage("dev.grantry.service.authorize..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.grantry.service.grant..")
                .check(grantry);
    }
}
