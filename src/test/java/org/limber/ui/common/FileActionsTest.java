package org.limber.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.concurrent.DeferredExecutor;
import org.limber.i18n.Messages;

/** Choose, name, write off the FX thread, report: without a window. */
class FileActionsTest {

    static final FileType PDF = new FileType("PDF", ".pdf");
    static final FileType ROUTINE = new FileType("Routine", ".limber.json");

    final Messages i18n = new Messages(Locale.ROOT);
    final FakeDialogs dialogs = new FakeDialogs();
    final List<String> status = new ArrayList<>();
    final List<Failure> inPlace = new ArrayList<>();

    @Test
    void theExtensionIsAddedOrCompleted(@TempDir Path dir) {
        assertThat(PDF.withExtension(dir.resolve("report"))).isEqualTo(dir.resolve("report.pdf"));
        assertThat(PDF.withExtension(dir.resolve("report.PDF"))).isEqualTo(dir.resolve("report.PDF"));
        assertThat(ROUTINE.withExtension(dir.resolve("morning.json"))).isEqualTo(dir.resolve("morning.limber.json"));
        assertThat(ROUTINE.withExtension(dir.resolve("morning"))).isEqualTo(dir.resolve("morning.limber.json"));
        assertThat(FileType.safeName("a/b: c?")).isEqualTo("ab c");
        assertThat(FileType.safeName("///")).isEqualTo("routine");
    }

    @Test
    void theChosenFileIsWrittenInTheBackgroundThenReported(@TempDir Path dir) throws IOException {
        DeferredExecutor executor = new DeferredExecutor();
        FileActions files = new FileActions(dialogs, executor, i18n, status::add);
        dialogs.answer = dir.resolve("handout");
        files.save(null, PDF, "Morning.pdf", () -> target -> {
            Files.writeString(target, "pdf");
            return target;
        }, "handout.done", "handout.failed");
        assertThat(dialogs.asked).containsExactly("Morning.pdf");
        assertThat(executor.waiting()).as("written off the FX thread").isEqualTo(1);
        assertThat(dir.resolve("handout.pdf")).doesNotExist();
        executor.runAll();
        assertThat(dir.resolve("handout.pdf")).hasContent("pdf");
        assertThat(status).containsExactly(i18n.get("handout.done", dir.resolve("handout.pdf")));
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void cancellingWritesNothingAndPreparesNothing() {
        FileActions files = new FileActions(dialogs, BackgroundExecutor.sameThread(), i18n, status::add);
        boolean[] prepared = {false};
        files.save(null, PDF, "x.pdf", () -> {
            prepared[0] = true;
            return target -> target;
        }, "handout.done", "handout.failed");
        assertThat(prepared[0]).isFalse();
        assertThat(status).isEmpty();
    }

    @Test
    void aFailureNamesTheFileAndTheKindOfProblemButNotTheExceptionsText(@TempDir Path dir) {
        FileActions files = new FileActions(dialogs, BackgroundExecutor.sameThread(), i18n, status::add);
        dialogs.answer = dir.resolve("plan.ics");
        files.save(null, new FileType("Calendar", ".ics"), "plan.ics", () -> target -> {
            throw new AccessDeniedException(target + ": boom");
        }, "plans.export.done", "plans.error.export");
        assertThat(dialogs.errors).singleElement().asString()
                .isEqualTo(i18n.get("plans.error.export", dir.resolve("plan.ics"), i18n.get("failure.reason.noPermission")))
                .doesNotContain("boom");

        files.saveIntoFolder(null, "Export", () -> folder -> {
            throw new IllegalStateException("boom");
        }, "history.export.done", "history.export.failed", inPlace::add);
        assertThat(inPlace).containsExactly(Failure.of("history.export.failed", dir.resolve("plan.ics"),
                FailureReason.UNEXPECTED));
        assertThat(inPlace.get(0).text(i18n)).contains(dir.resolve("plan.ics").toString()).doesNotContain("boom");
        assertThat(status).isEmpty();
    }

    @Test
    void writingInStepsIsStartedWithTheFolderAndReportedWhenItSaysSo(@TempDir Path dir) {
        FileActions files = new FileActions(dialogs, BackgroundExecutor.sameThread(), i18n, status::add);
        List<Consumer<Path>> running = new ArrayList<>();
        dialogs.answer = dir;
        files.saveIntoFolderInSteps(null, "Export", () -> (folder, done, failed) -> running.add(done),
                "history.export.done", "history.export.failed", inPlace::add);
        assertThat(running).hasSize(1);
        assertThat(status).as("nothing reported before the steps end").isEmpty();
        running.get(0).accept(dir);
        assertThat(status).containsExactly(i18n.get("history.export.done", dir));

        files.saveIntoFolderInSteps(null, "Export", () -> (folder, done, failed) ->
                failed.accept(new IllegalStateException("boom")), "history.export.done", "history.export.failed",
                inPlace::add);
        assertThat(inPlace).containsExactly(Failure.of("history.export.failed", dir, FailureReason.UNEXPECTED));
        assertThat(inPlace.get(0).text(i18n)).doesNotContain("boom");

        dialogs.answer = null;
        files.saveIntoFolderInSteps(null, "Export", () -> {
            throw new AssertionError("nothing is prepared when no folder was chosen");
        }, "history.export.done", "history.export.failed", inPlace::add);
        assertThat(status).hasSize(1);
    }
}
