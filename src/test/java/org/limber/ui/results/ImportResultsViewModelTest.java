package org.limber.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.i18n.Messages;
import org.limber.io.StorageException;
import org.limber.plan.NoPlans;
import org.limber.profile.Profile;
import org.limber.profile.ProfileStore;
import org.limber.results.ImportTarget;
import org.limber.results.Results;
import org.limber.results.ResultsFileException;
import org.limber.results.ResultsFiles;
import org.limber.results.SampleResults;
import org.limber.ui.results.ImportResultsViewModel.Imported;
import org.limber.ui.results.ImportResultsViewModel.Pending;
import org.limber.ui.results.ImportResultsViewModel.Refusal;

class ImportResultsViewModelTest {

    @TempDir
    Path dir;

    final Clock clock = Clock.fixed(Instant.parse("2026-03-15T10:00:00Z"), ZoneOffset.UTC);
    final FakeResultsStore store = new FakeResultsStore();
    final List<Profile> profiles = new ArrayList<>(List.of(new Profile(Profile.ME, "Me", ""),
            new Profile("c1", "Carla", "")));
    StorageException profilesFail;
    final ProfileStore profileStore = new ProfileStore() {
        @Override
        public List<Profile> listProfiles() throws StorageException {
            if (profilesFail != null) {
                throw profilesFail;
            }
            return List.copyOf(profiles);
        }

        @Override
        public void saveProfile(Profile profile) {
            profiles.add(profile);
        }

        @Override
        public void deleteProfile(String id) {
        }
    };
    final ImportResultsViewModel vm = new ImportResultsViewModel(new Results(store, new NoPlans(), new ResultsFiles(),
            clock, () -> "unused"), profileStore, BackgroundExecutor.sameThread(), () -> "new-client");
    final List<Pending> asked = new ArrayList<>();
    final List<Refusal> refused = new ArrayList<>();
    final List<Imported> imported = new ArrayList<>();
    Path file;

    @BeforeEach
    void write() throws Exception {
        file = dir.resolve("anna" + ResultsFiles.EXTENSION);
        new ResultsFiles().write(SampleResults.file(SampleResults.daily("s", LocalDate.of(2026, 3, 1), 12, 2)), file);
    }

    private Pending open(Path path) {
        vm.open(path, asked::add, refused::add);
        assertThat(vm.busyProperty().get()).isFalse();
        return asked.isEmpty() ? null : asked.get(asked.size() - 1);
    }

    @Test
    void aNewPersonIsOfferedTheClientsButNotMeAndGoesToANewClientWithTheirName() {
        Pending pending = open(file);
        assertThat(pending.client()).isEmpty();
        assertThat(pending.personName()).isEqualTo("Anna B.");
        assertThat(pending.sessions()).isEqualTo(12);
        assertThat(pending.clients()).extracting(Profile::id).containsExactly("c1");

        assertThat(vm.checkName("  ")).isPresent();
        assertThat(vm.checkName("x".repeat(Results.MAX_NAME + 1))).isPresent();
        vm.importAsNew(pending, "  ", imported::add, refused::add);
        assertThat(store.merged).as("a blank name imports nothing").isEmpty();

        vm.importAsNew(pending, " Anna B. ", imported::add, refused::add);
        assertThat(store.merged).containsExactly(new ImportTarget.NewClient("new-client", "Anna B."));
        assertThat(imported).singleElement().satisfies(i -> {
            assertThat(i.client()).isEqualTo(new Profile("new-client", "Anna B.", ""));
            assertThat(i.summary().added()).isEqualTo(12);
        });
        assertThat(vm.importedProperty().get()).isEqualTo(imported.get(0));
        assertThat(refused).isEmpty();
    }

    @Test
    void aNewPersonCanGoToAClientPickedFromTheList() {
        Pending pending = open(file);
        vm.importInto(pending, pending.clients().get(0), imported::add, refused::add);
        assertThat(store.merged).containsExactly(new ImportTarget.Existing("c1"));
        assertThat(imported.get(0).client().name()).isEqualTo("Carla");
    }

    @Test
    void aPersonSeenBeforeIsOfferedForTheirClientAndFollowsTheirPersonId() {
        store.clients.put(SampleResults.PERSON, "c1");
        Pending pending = open(file);
        assertThat(pending.client()).contains(new Profile("c1", "Carla", ""));
        vm.importKnown(pending, imported::add, refused::add);
        assertThat(store.merged).containsExactly(new ImportTarget.Known());
        assertThat(imported.get(0).client().id()).isEqualTo("c1");
    }

    @Test
    void aDamagedFileIsRefusedWithItsPathAndReasonAndNothingIsAsked() throws Exception {
        Path bad = dir.resolve("bad" + ResultsFiles.EXTENSION);
        Files.writeString(bad, "{\"format\": \"limber-results\", \"version\": 1, \"person\": ");
        open(bad);
        assertThat(asked).isEmpty();
        assertThat(refused).singleElement().satisfies(r -> {
            assertThat(r.file()).isEqualTo(bad);
            assertThat(r.reasonKey()).isEqualTo("results.refused.invalid");
        });
        assertThat(vm.refusalProperty().get()).isEqualTo(refused.get(0));
        Messages en = new Messages(Locale.ENGLISH);
        assertThat(refused.get(0).text(en)).contains(bad.toString()).contains(en.get("results.refused.invalid"))
                .doesNotContain("$");

        open(dir.resolve("missing" + ResultsFiles.EXTENSION));
        assertThat(refused.get(1).reasonKey()).isEqualTo("results.refused.unreadable");
        assertThat(store.merged).isEmpty();
    }

    @Test
    void aMergeRefusedAndAStoreThatFailsAreToldInWords() {
        Pending pending = open(file);
        store.failure = new ResultsFileException(ResultsFileException.Kind.PERSON_ELSEWHERE, "person went to c9");
        vm.importInto(pending, pending.clients().get(0), imported::add, refused::add);
        assertThat(imported).isEmpty();
        assertThat(refused).singleElement().satisfies(r -> assertThat(r.reasonKey())
                .isEqualTo("results.refused.person_elsewhere"));

        profilesFail = new StorageException("SQLITE_BUSY: boom");
        open(file);
        assertThat(vm.refusalProperty().get().reasonKey()).isEqualTo("failure.reason.data");
        Messages de = new Messages(Locale.GERMAN);
        assertThat(vm.refusalProperty().get().text(de)).contains(file.toString()).doesNotContain("boom")
                .contains(de.get("failure.reason.data"));
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void checkingAndImportingShowWhatIsDoneAndHowFarUntilTheImportEnds() {
        store.clients.put(SampleResults.PERSON, "c1");
        List<Double> shares = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        Messages en = new Messages(Locale.ENGLISH);
        vm.progressProperty().addListener((obs, old, now) -> shares.add(now.doubleValue()));
        vm.activityProperty().addListener((obs, old, now) -> lines.add(now == null ? null : now.text(en)));
        // as the view does: the import is asked for in the check's callback, before the check has ended
        vm.open(file, pending -> vm.importKnown(pending, imported::add, refused::add), refused::add);

        assertThat(imported).hasSize(1);
        assertThat(lines).as("each ends before its questions or summary").containsExactly(
                "Checking anna.limber-results.json\u2026", null,
                "Importing 12 sessions of Anna B. into \u201cCarla\u201d\u2026", null);
        int ended = shares.indexOf(-1.0);
        assertThat(shares.subList(0, ended)).as("the check: from 0 to all of the file").startsWith(0.0).endsWith(1.0)
                .allMatch(p -> p >= 0 && p <= 1).isSorted();
        assertThat(shares.subList(ended + 1, shares.size() - 1)).as("the import reads it again")
                .startsWith(0.0).endsWith(1.0).isSorted();
        assertThat(shares).last().isEqualTo(-1.0);
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.activityProperty().get()).isNull();
    }

    @Test
    void theSummarySaysWhatCameInWithPluralsInBothLanguages() {
        Messages en = new Messages(Locale.ENGLISH);
        Messages de = new Messages(Locale.GERMAN);
        assertThat(en.get("results.import.summary", 12, 3, 40)).isEqualTo("12 new sessions, 3 updated, 40 already here.");
        assertThat(en.get("results.import.summary", 1, 0, 0)).isEqualTo("1 new session, 0 updated, 0 already here.");
        assertThat(en.get("results.import.summary", 0, 1, 2)).isEqualTo("No new sessions, 1 updated, 2 already here.");
        assertThat(de.get("results.import.summary", 12, 3, 40))
                .isEqualTo("12 neue Einheiten, 3 aktualisiert, 40 schon vorhanden.");
        assertThat(de.get("results.import.summary", 1, 0, 0)).isEqualTo("1 neue Einheit, 0 aktualisiert, 0 schon vorhanden.");
        assertThat(en.get("results.send.done.body", 1, "f")).startsWith("1 session was written to f.");
        assertThat(de.get("results.send.done.body", 2, "f")).startsWith("Es wurden 2 Einheiten in f gespeichert.");
    }
}
