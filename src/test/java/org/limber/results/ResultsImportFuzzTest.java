package org.limber.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.io.JsonProblem;
import org.limber.io.StorageException;
import org.limber.profile.Profile;
import org.limber.storage.Database;
import org.limber.storage.SqlPlanStore;
import org.limber.storage.SqlProfileStore;
import org.limber.storage.SqlResultsStore;

/**
 * Any bytes as a results file, imported into a real database: the import either succeeds or
 * fails with the importer's own {@link ResultsFileException}, and a refused import leaves every
 * table exactly as it was. Each input starts from the same database (a client "client-a" who
 * already has two sessions of another person) and is imported three times, as the app can:
 * into a new client, to the client the person went to before, and into "client-a". A
 * successful import imported again changes nothing.
 * <p>
 * {@code mvn verify} replays the corpus under
 * src/test/resources/org/limber/results/ResultsImportFuzzTestInputs/; run with JAZZER_FUZZ=1
 * to search for new inputs.
 */
class ResultsImportFuzzTest {

    static final String SEED_PERSON = "5eed5eed-0000-4000-8000-000000000001";
    static final String CLIENT = "client-a";

    @TempDir
    static Path dir;
    static Database db;
    static Results results;
    static final AtomicInteger clients = new AtomicInteger();

    @BeforeAll
    static void open() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-03-15T10:00:00Z"), ZoneOffset.UTC);
        db = Database.open(dir.resolve("data"), clock);
        results = new Results(new SqlResultsStore(db), new SqlPlanStore(db, clock), new ResultsFiles(), clock,
                () -> "00000000-0000-4000-8000-000000000000");
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @FuzzTest(maxDuration = "30s")
    void importWritesAllOrNothing(byte[] input) throws Exception {
        reset();
        Path file = dir.resolve("input" + ResultsFiles.EXTENSION);
        Files.write(file, input);
        String fresh = "fuzz-" + clients.incrementAndGet();
        for (ImportTarget target : List.of(new ImportTarget.NewClient(fresh, "Fuzz"), new ImportTarget.Known(),
                new ImportTarget.Existing(CLIENT))) {
            importOnce(file, target);
        }
    }

    /** The corpus keeps files that import, so the replay goes past the reader into the merge. */
    @Test
    void theCorpusHoldsFilesThatImport() throws Exception {
        reset();
        ImportSummary first = results.importFile(corpus("valid"), new ImportTarget.NewClient("c1", "Anna"));
        assertThat(first).isEqualTo(new ImportSummary("c1", true, 3, 0, 0, 1));
        assertThat(results.importFile(corpus("valid-later"), new ImportTarget.Known()))
                .isEqualTo(new ImportSummary("c1", false, 0, 2, 1, 1));
        assertThat(results.importFile(corpus("sub-millisecond"), new ImportTarget.Known()).added()).isZero();
        assertThat(results.importFile(corpus("seed-person"), new ImportTarget.Known()))
                .isEqualTo(new ImportSummary(CLIENT, false, 1, 1, 0, 1));
        assertThatThrownBy(() -> results.importFile(corpus("lone-surrogate"), new ImportTarget.Known()))
                .isInstanceOfSatisfying(ResultsFileException.class,
                        e -> assertThat(e.problems()).extracting(JsonProblem::path).contains("$.sessions[0].notes"));
    }

    private static Path corpus(String name) throws Exception {
        Path file = dir.resolve(name + ResultsFiles.EXTENSION);
        try (InputStream in = ResultsImportFuzzTest.class.getResourceAsStream(
                "ResultsImportFuzzTestInputs/importWritesAllOrNothing/" + name)) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    private static void importOnce(Path file, ImportTarget target) throws Exception {
        List<String> before = everyRow();
        ImportSummary summary;
        try {
            summary = results.importFile(file, target);
        } catch (ResultsFileException refused) {
            assertThat(refused.problems()).as("a refusal says why").isNotEmpty();
            assertThat(refused.messageKey()).startsWith("results.refused.");
            assertThat(everyRow()).as("nothing written for a refused file (%s)", refused.kind()).isEqualTo(before);
            return;
        } catch (StorageException e) {
            throw new AssertionError("a file the reader accepted could not be stored", e);
        }
        ResultsFile content = results.read(file);
        assertThat(summary.added() + summary.updated() + summary.unchanged()).as("every session counted once")
                .isEqualTo(content.sessions().size());
        assertThat(summary.plans()).isEqualTo(content.plans().size());
        List<String> after = everyRow();
        ImportSummary again = results.importFile(file, new ImportTarget.Known());
        assertThat(again.added() + again.updated()).as("the same file again changes no session").isZero();
        assertThat(again.profileId()).isEqualTo(summary.profileId());
        assertThat(everyRow()).as("the same file again writes nothing new").isEqualTo(after);
    }

    /** Back to the starting database: only "Me" and "client-a", who has two sessions of the seed person. */
    private static void reset() throws Exception {
        db.write(c -> {
            try (Statement s = c.createStatement()) {
                for (String table : new String[] {"session", "results_client", "client_plan", "results_sender"}) {
                    s.executeUpdate("DELETE FROM " + table);
                }
                s.executeUpdate("DELETE FROM profile WHERE id <> '" + Profile.ME + "'");
            }
            return null;
        });
        new SqlProfileStore(db, Clock.systemUTC()).saveProfile(new Profile(CLIENT, "Anna", null));
        List<ResultSession> seed = SampleResults.daily("seed", LocalDate.of(2026, 1, 1), 2, 2);
        results.importFile(new ResultsFile(new ResultsFile.Person(SEED_PERSON, "Anna"), List.of(SampleResults.plan()),
                seed), new ImportTarget.Existing(CLIENT));
    }

    /** Every row of every table but Flyway's, as text, sorted: equal lists mean an unchanged database. */
    private static List<String> everyRow() throws StorageException {
        return db.read(c -> {
            List<String> tables = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT name FROM sqlite_master WHERE type = 'table'"
                    + " AND name NOT LIKE 'flyway%' ORDER BY name"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            List<String> rows = new ArrayList<>();
            for (String table : tables) {
                try (PreparedStatement ps = c.prepareStatement("SELECT * FROM \"" + table + "\"");
                        ResultSet rs = ps.executeQuery()) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder(table);
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.append('|').append(rs.getString(i));
                        }
                        rows.add(row.toString());
                    }
                }
            }
            rows.sort(null);
            return rows;
        });
    }
}
