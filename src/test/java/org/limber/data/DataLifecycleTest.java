package org.limber.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.io.DataNotOpenException;
import org.limber.profile.Profile;
import org.limber.settings.BackupControl;
import org.limber.storage.Database;

/** Opening, a damaged file, restoring and closing, with a fake for what the person sees and answers. */
class DataLifecycleTest {

    static final Clock DAY_ONE = Clock.fixed(Instant.parse("2026-11-21T08:00:00Z"), ZoneOffset.UTC);
    static final Clock DAY_TWO = Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** Records every call; answers the restore question with {@link #restore}. */
    final class Person implements DataLifecycle.Ui {
        final List<String> seen = new ArrayList<>();
        boolean restore;
        int busy;

        @Override
        public Runnable working(DataLifecycle.Work work) {
            seen.add("working " + work);
            busy++;
            return () -> busy--;
        }

        @Override
        public void opened(Optional<String> notice) {
            seen.add("opened" + notice.map(n -> " " + n).orElse(""));
        }

        @Override
        public void backups(Optional<String> problem) {
            problem.ifPresent(key -> seen.add("backups " + key));
        }

        @Override
        public void unavailable() {
            seen.add("unavailable");
        }

        @Override
        public void cannotOpen(Path file, String reason) {
            seen.add("cannot open " + file.getFileName() + " " + reason);
        }

        @Override
        public boolean restoreBackup(Path file, LocalDateTime made) {
            seen.add("asked " + file.getFileName());
            return restore;
        }
    }

    final Person person = new Person();
    final LateStores stores = new LateStores(DAY_TWO);
    final List<String> afterOpen = new ArrayList<>();

    DataLifecycle lifecycle(Clock clock, boolean ask) {
        return new DataLifecycle(dir, clock, BackgroundExecutor.sameThread(), Runnable::run, stores,
                () -> afterOpen.add("seeded"), person, ask, (chore, failed) -> {
                    try {
                        chore.run();
                    } catch (Exception e) {
                        failed.accept(e);
                    }
                });
    }

    @Test
    void opensTheStoresSeedsAndSaysSoThenClosesAtExit() throws Exception {
        assertThat(stores.isOpen()).isFalse();
        DataLifecycle data = lifecycle(DAY_TWO, true);
        data.open();
        assertThat(person.seen).containsExactly("working OPENING", "opened");
        assertThat(person.busy).as("the progress ends with the work").isZero();
        assertThat(afterOpen).containsExactly("seeded");
        assertThat(stores.listProfiles()).extracting(Profile::id).contains(Profile.ME);
        data.close();
    }

    @Test
    void aFileWhereTheBackupsFolderShouldBeIsSaidAtStartNotOnlyInSettings() throws Exception {
        Files.writeString(dir.resolve("backups"), "not a folder");
        DataLifecycle data = lifecycle(DAY_TWO, true);
        data.open();
        assertThat(person.seen).containsExactly("working OPENING", "backups settings.backups.problem.NOT_A_FOLDER",
                "opened");
        assertThat(data.backupControl().folderProblem()).contains("settings.backups.problem.NOT_A_FOLDER");
        data.close();
    }

    @Test
    void untilItIsOpenEveryStoreSaysSo() {
        assertThatThrownBy(stores::listProfiles).isInstanceOf(DataNotOpenException.class);
    }

    @Test
    void aDamagedFileIsReplacedByTheNewestGoodBackupWhenThePersonAgrees() throws Exception {
        damage();
        person.restore = true;
        lifecycle(DAY_TWO, true).open();
        assertThat(person.seen).containsExactly("working OPENING", "unavailable", "asked limber.db",
                "working RESTORING", "working OPENING", "opened");
        assertThat(person.busy).isZero();
        assertThat(stores.isOpen()).isTrue();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("the damaged file is kept aside")
                    .anyMatch(name -> name.startsWith("limber") && name.contains("damaged"));
        }
    }

    @Test
    void aDamagedFileIsLeftAloneWhenThePersonDeclinesOrNobodyIsAsked() throws Exception {
        damage();
        byte[] damaged = Files.readAllBytes(dir.resolve(Database.FILE_NAME));
        lifecycle(DAY_TWO, true).open();
        assertThat(person.seen).containsExactly("working OPENING", "unavailable", "asked limber.db");
        person.seen.clear();
        lifecycle(DAY_TWO, false).open();
        assertThat(person.seen).as("a training run asks nothing").containsExactly("working OPENING", "unavailable");
        assertThat(Files.readAllBytes(dir.resolve(Database.FILE_NAME))).isEqualTo(damaged);
        assertThat(stores.isOpen()).isFalse();
    }

    @Test
    void aFileThatIsNotADatabaseIsExplainedByItsReasonOnly() throws Exception {
        Files.writeString(dir.resolve(Database.FILE_NAME), "not a database, and no SQLite text should show");
        lifecycle(DAY_TWO, true).open();
        assertThat(person.seen).containsExactly("working OPENING", "unavailable", "cannot open limber.db NOT_A_DATABASE");
    }

    @Test
    void settingsListsAndRestoresBackupsAndThePagesReload() throws Exception {
        DataLifecycle data = lifecycle(DAY_ONE, true);
        data.open();
        BackupControl backups = data.backupControl();
        List<BackupControl.Info> list = backups.list();
        assertThat(list).isNotEmpty();
        assertThat(backups.currentBytes()).isPositive();
        person.seen.clear();
        backups.restore(list.get(0));
        assertThat(person.seen).containsExactly("opened");
        assertThat(stores.listProfiles()).isNotEmpty();
        data.close();
    }

    /** A file with 300 profiles, opened yesterday (so a daily backup exists), then overwritten with noise. */
    private void damage() throws Exception {
        try (Database db = Database.open(dir, DAY_ONE)) {
            for (int i = 0; i < 300; i++) {
                String id = "p" + i;
                db.write(c -> c.createStatement().executeUpdate(
                        "INSERT INTO profile (id, name, created_at) VALUES ('" + id + "', 'P', 0)"));
            }
        }
        Path file = dir.resolve(Database.FILE_NAME);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] noise = new byte[(int) raf.length() - 4096];
            new Random(5).nextBytes(noise);
            raf.seek(4096);
            raf.write(noise);
        }
    }
}
