package org.limber.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.plan.NoPlans;
import org.limber.profile.Profile;
import org.limber.results.Results;
import org.limber.results.ResultsFile;
import org.limber.results.ResultsFiles;
import org.limber.results.SampleResults;
import org.limber.ui.common.Failure;

class SendResultsViewModelTest {

    @TempDir
    Path dir;

    final Clock clock = Clock.fixed(Instant.parse("2026-03-15T10:00:00Z"), ZoneOffset.UTC);
    final FakeResultsStore store = new FakeResultsStore();
    final Results results = new Results(store, new NoPlans(), new ResultsFiles(), clock,
            () -> "00000000-0000-4000-8000-000000000001");
    final List<Path> opened = new ArrayList<>();
    final List<Failure> failures = new ArrayList<>();
    Profile active = new Profile(Profile.ME, "Me", "");
    final SendResultsViewModel vm = new SendResultsViewModel(results, BackgroundExecutor.sameThread(), () -> active,
            opened::add, ZoneOffset.UTC);

    private void prepare() {
        AtomicInteger ready = new AtomicInteger();
        vm.prepare(ready::incrementAndGet, failures::add);
        assertThat(ready).hasValue(1);
    }

    @Test
    void neverSentGoesFromTheFirstSessionToTodayAndAsksMeForMyName() {
        prepare();
        assertThat(vm.fromProperty().get()).as("from the first session").isNull();
        assertThat(vm.toProperty().get()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(vm.lastSentProperty().get()).isNull();
        assertThat(vm.nameProperty().get()).as("the app does not know my name").isEmpty();
        assertThat(vm.asksForName()).isTrue();
        assertThat(vm.check()).isFalse();
        assertThat(vm.problemProperty().get().key()).isEqualTo("results.send.problem.name");
        vm.nameProperty().set("Anna B.");
        assertThat(vm.problemProperty().get()).as("typing clears the problem").isNull();
        assertThat(vm.check()).isTrue();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void aClientsSendStartsOnTheDayOfTheLastSendWithTheirName() {
        active = new Profile("client-1", "Ben", "");
        store.sent.put("client-1", Instant.parse("2026-03-01T18:00:00Z"));
        prepare();
        assertThat(vm.fromProperty().get()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(vm.lastSentProperty().get()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(vm.nameProperty().get()).isEqualTo("Ben");
        assertThat(vm.asksForName()).isFalse();
        assertThat(vm.suggestedFileName()).isEqualTo("Ben-2026-03-15" + ResultsFiles.EXTENSION);
    }

    @Test
    void aFirstDayAfterTheLastDayIsRefusedAndNothingIsWritten() {
        prepare();
        vm.nameProperty().set("Anna");
        vm.fromProperty().set(LocalDate.of(2026, 3, 10));
        vm.toProperty().set(LocalDate.of(2026, 3, 9));
        List<Results.Sent> done = new ArrayList<>();
        vm.send(dir.resolve("x" + ResultsFiles.EXTENSION), done::add, failures::add);
        assertThat(done).isEmpty();
        assertThat(vm.problemProperty().get().key()).isEqualTo("results.send.problem.range");
        assertThat(dir.resolve("x" + ResultsFiles.EXTENSION)).doesNotExist();
        vm.nameProperty().set(" ".repeat(3));
        assertThat(vm.check()).isFalse();
        vm.nameProperty().set("x".repeat(Results.MAX_NAME + 1));
        vm.toProperty().set(null);
        assertThat(vm.check()).isFalse();
        assertThat(vm.problemProperty().get().key()).isEqualTo("results.send.problem.nameTooLong");
    }

    @Test
    void sendingWritesTheDaysChosenAndSaysHowManyThenOpensItsFolder() throws Exception {
        store.sessions = SampleResults.daily("s", LocalDate.of(2026, 3, 1), 15, 2);
        prepare();
        vm.nameProperty().set("  Anna B. ");
        vm.fromProperty().set(LocalDate.of(2026, 3, 10));
        Path target = dir.resolve("anna" + ResultsFiles.EXTENSION);
        List<Results.Sent> done = new ArrayList<>();
        vm.send(target, done::add, failures::add);

        assertThat(failures).isEmpty();
        assertThat(done).singleElement().satisfies(s -> assertThat(s.sessions()).isEqualTo(6));
        assertThat(vm.sentProperty().get()).isEqualTo(done.get(0));
        ResultsFile file = new ResultsFiles().read(target);
        assertThat(file.person().name()).isEqualTo("Anna B.");
        assertThat(file.sessions()).hasSize(6).allMatch(s -> !s.date().isBefore(LocalDate.of(2026, 3, 10)));
        assertThat(store.sent).containsKey(Profile.ME);
        assertThat(vm.busyProperty().get()).isFalse();

        vm.openFolder(failures::add);
        assertThat(opened).containsExactly(target.toAbsolutePath().getParent());
        assertThat(failures).isEmpty();
    }

    @Test
    void aFailedWriteIsToldWithThePlaceAndNoRawText() throws Exception {
        prepare();
        vm.nameProperty().set("Anna");
        Path notAFolder = Files.writeString(dir.resolve("not-a-folder.txt"), "x");
        Path target = notAFolder.resolve("a" + ResultsFiles.EXTENSION);
        List<Results.Sent> done = new ArrayList<>();
        vm.send(target, done::add, failures::add);
        assertThat(done).isEmpty();
        assertThat(failures).singleElement().satisfies(f -> {
            assertThat(f.key()).isEqualTo("results.send.failed");
            assertThat(f.args().get(0)).isEqualTo(target);
        });
        assertThat(vm.sentProperty().get()).isNull();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void aFolderThatWillNotOpenIsToldToo() {
        SendResultsViewModel failing = new SendResultsViewModel(results, BackgroundExecutor.sameThread(), () -> active,
                folder -> {
                    throw new IOException("no file manager");
                }, ZoneOffset.UTC);
        failing.prepare(() -> { }, failures::add);
        failing.nameProperty().set("Anna");
        failing.send(dir.resolve("a" + ResultsFiles.EXTENSION), s -> { }, failures::add);
        failing.openFolder(failures::add);
        assertThat(failures).singleElement().satisfies(f -> assertThat(f.key())
                .isEqualTo("results.send.openFolder.failed"));
    }
}
