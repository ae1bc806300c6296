package org.limber.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.Timer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ThreadFactory;
import javafx.concurrent.Service;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules of ADR 2 and 3 and of the README that a compiler cannot check; each says why. */
class ArchitectureTest {

    /**
     * Every package that is not UI, start-up or the composition root: domain records, the
     * session timeline and clock, statistics, file formats, plans, sound cues, the PDF handouts,
     * the data's life and the storage. No JavaFX in any of them.
     */
    static final String[] CORE = {
        "org.limber.library..", "org.limber.routine..", "org.limber.session..", "org.limber.history..",
        "org.limber.safety..", "org.limber.profile..", "org.limber.settings..", "org.limber.plan..",
        "org.limber.cues..", "org.limber.handout..", "org.limber.concurrent..", "org.limber.io..", "org.limber.i18n..",
        "org.limber.data..", "org.limber.storage..", "org.limber.results..",
        "org.limber.clients.."
    };

    /** The packages allowed to make threads, and only they. */
    static final String[] THREAD_MAKERS = {"org.limber.concurrent.."};

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
                .because("the core is plain Java, unit-tested without a toolkit, and could serve another front end (ADR 2)")
                .check(classes);
    }

    @Test
    void theCoreNeverDependsOnTheUi() {
        noClasses().that().resideInAnyPackage(CORE).or().resideInAPackage("org.limber.startup..")
                .should().dependOnClassesThat().resideInAPackage("org.limber.ui..")
                .orShould().dependOnClassesThat().resideInAPackage("org.limber")
                .because("the UI is built on the core, never the other way round; only the composition root "
                        + "(org.limber) knows both")
                .check(classes);
    }

    @Test
    void onlyStorageSpeaksSql() {
        noClasses().that().resideOutsideOfPackage("org.limber.storage..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..",
                        "org.flywaydb..")
                .because("one package owns the schema and every query; the rest sees stores (ADR 1)")
                .check(classes);
    }

    @Test
    void noPackageDependsOnItselfInACircle() {
        slices().matching("org.limber.(*)..").should().beFreeOfCycles()
                .because("a cycle makes two packages one, which can then only be understood and changed together "
                        + "(among the screens, the next rule forbids any dependency but on ui.common)")
                .check(classes);
    }

    @Test
    void uiFeaturesKnowEachOtherOnlyThroughTheCommonPackage() {
        slices().matching("org.limber.ui.(*)..").should().notDependOnEachOther()
                .ignoreDependency(DescribedPredicate.alwaysTrue(), resideInAPackage("org.limber.ui.common.."))
                .because("a screen can then be changed, or removed, without the others; what several share lives "
                        + "in ui.common, and the composition root (org.limber) wires the screens together")
                .check(classes);
    }

    @Test
    void viewModelsDoNotBuildNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "org.controlsfx..", "org.limber.storage..")
                .because("view-models hold state and commands and are unit-tested without a window (ADR 2)")
                .check(classes);
    }

    @Test
    void viewsReachDataOnlyThroughViewModelsAndServices() {
        noClasses().that().resideInAPackage("org.limber.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.limber.storage..")
                .because("the FX thread never does database work (ADR 3); the stores are interfaces of the core")
                .check(classes);
    }

    @Test
    void timeComesFromTheInjectedClock() {
        noClasses().should().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .because("tests set the time; the player's timing and streaks must not depend on the machine's (ADR 2)")
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
                .because("Limber works offline and keeps health data on the computer (README)")
                .check(classes);
    }

    @Test
    void threadsAreMadeOnlyInTheConcurrentPackage() {
        threadRule(THREAD_MAKERS).check(classes);
    }

    /** Any way of making a thread, outside the allowed packages. */
    static ArchRule threadRule(String... allowed) {
        DescribedPredicate<JavaClass> threadMaking = assignableTo(Thread.class).or(assignableTo(Executor.class))
                .or(assignableTo(ThreadFactory.class)).or(assignableTo(Timer.class))
                .or(assignableTo(Service.class));
        Set<String> factories = Set.of(Executors.class.getName(), ForkJoinPool.class.getName(),
                Thread.class.getName(), CompletableFuture.class.getName());
        DescribedPredicate<AccessTarget.MethodCallTarget> startsThread = describe("a method that starts a thread",
                target -> factories.contains(target.getOwner().getName())
                        && (target.getOwner().isEquivalentTo(Executors.class)
                                || target.getName().matches("of(Platform|Virtual)|startVirtualThread|commonPool|.*Async")));
        return noClasses().that().resideOutsideOfPackages(allowed)
                .should().callConstructorWhere(describe("a constructor of a thread, executor, thread factory or timer",
                        c -> threadMaking.test(c.getTarget().getOwner())))
                .orShould().callMethodWhere(describe("a method that starts a thread", c -> startsThread.test(c.getTarget())))
                .orShould().beAssignableTo(threadMaking)
                .because("every background thread is one of org.limber.concurrent's: the executor that serialises "
                        + "database writes, the cue worker, the poller and the warm-up (ADR 3); a thread made "
                        + "elsewhere escapes the one-writer rule and the shutdown");
    }
}
