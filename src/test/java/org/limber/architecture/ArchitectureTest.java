package org.limber.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules of DEVELOPERS.md that a compiler cannot check. */
class ArchitectureTest {

    /** Plain Java: domain records, the session timeline and clock, statistics, file formats. */
    static final String[] CORE = {
        "org.limber.library..", "org.limber.routine..", "org.limber.session..", "org.limber.history..",
        "org.limber.safety..", "org.limber.profile..", "org.limber.settings..", "org.limber.concurrent..",
        "org.limber.io..", "org.limber.i18n.."
    };

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.limber");
    }

    @Test
    void theCoreKnowsNothingOfJavaFx() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..",
                        "org.controlsfx..", "atlantafx..", "org.kordamp..")
                .check(classes);
    }

    @Test
    void onlyStorageSpeaksSql() {
        noClasses().that().resideOutsideOfPackage("org.limber.storage..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..",
                        "org.flywaydb..")
                .check(classes);
    }

    @Test
    void viewModelsDoNotBuildNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "org.controlsfx..", "org.limber.storage..")
                .check(classes);
    }

    @Test
    void viewsReachDataOnlyThroughViewModelsAndServices() {
        noClasses().that().resideInAPackage("org.limber.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.limber.storage..")
                .check(classes);
    }

    @Test
    void timeComesFromTheInjectedClock() {
        noClasses().should().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .check(classes);
    }

    @Test
    void nothingTalksToTheNetwork() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.ServerSocket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.DatagramSocket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
                .orShould().dependOnClassesThat().resideInAnyPackage("java.net.http..", "javax.net..")
                .check(classes);
    }

    @Test
    void backgroundThreadsAreMadeOnlyByTheExecutor() {
        noClasses().that().resideOutsideOfPackage("org.limber.concurrent..")
                .should().callConstructor(Thread.class, Runnable.class)
                .orShould().callConstructor(Thread.class, Runnable.class, String.class)
                .orShould().callMethod(java.util.concurrent.Executors.class, "newSingleThreadExecutor")
                .orShould().callMethod(java.util.concurrent.Executors.class, "newFixedThreadPool", int.class)
                .check(classes);
    }
}
