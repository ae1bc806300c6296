package org.limber.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.history.HistoryFigures;
import org.limber.history.SessionSummary;
import org.limber.storage.Database;
import org.limber.storage.SqlHistoryFigures;
import org.limber.storage.SqlHistoryStore;
import org.limber.tools.BulkHistory;
import org.limber.tools.CsvExportChild;

class CsvExportTest {

    static final LocalDate LAST = LocalDate.of(2026, 11, 22);

    @TempDir
    Path dir;

    @Test
    void everySessionAndStepOfTheFilterIsWrittenMonthByMonthWithProgress() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        List<Double> progress = new ArrayList<>();
        List<Object> outcome = new ArrayList<>();
        HistoryFigures.Filter filter = new HistoryFigures.Filter("me", LAST.minusDays(400), LAST, null);
        List<SessionSummary> expected;
        try (Database db = Database.open(dir.resolve("data"))) {
            BulkHistory.insert(db, "me", LAST, 500, 3000);
            expected = new SqlHistoryStore(db).sessions("me", filter.from(), filter.to(), Integer.MAX_VALUE, 0);
            CsvExport export = new CsvExport(new SqlHistoryFigures(db), BackgroundExecutor.sameThread(), ZoneOffset.UTC);
            export.progressProperty().addListener((obs, old, now) -> progress.add(now.doubleValue()));
            export.start(out, filter, outcome::add, outcome::add);
        }
        assertThat(outcome).containsExactly(out.resolve("limber-sessions-2026-11-22.csv"));
        assertThat(progress).hasSizeGreaterThan(12).last().isEqualTo(-1.0);
        assertThat(progress.subList(0, progress.size() - 1)).isSorted().allMatch(p -> p >= 0 && p < 1);
        List<CSVRecord> sessions = read(out.resolve("limber-sessions-2026-11-22.csv"));
        assertThat(sessions).hasSize(expected.size()).hasSizeGreaterThan(2000);
        assertThat(sessions.get(0).get("date")).isEqualTo(expected.get(expected.size() - 1).date().toString());
        assertThat(sessions.stream().filter(r -> r.get("status").equals("partly_done")).count())
                .isEqualTo(expected.stream().filter(s -> s.outcome().key().equals("partly_done")).count()).isPositive();
        assertThat(sessions.stream().filter(r -> r.get("notes").startsWith("'=note")).count()).isPositive();
        assertThat(read(out.resolve("limber-steps-2026-11-22.csv"))).hasSize(2 * expected.size());
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).as("no part files left").hasSize(2);
        }
    }

    @Test
    void theMonthsCoverTheRangeExactly() {
        List<HistoryFigures.Filter> months = CsvExport.months(new HistoryFigures.Filter("me",
                LocalDate.of(2025, 12, 15), LocalDate.of(2026, 2, 3), "Yoga"));
        assertThat(months).extracting(HistoryFigures.Filter::from).containsExactly(LocalDate.of(2025, 12, 15),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1));
        assertThat(months).extracting(HistoryFigures.Filter::to).containsExactly(LocalDate.of(2025, 12, 31),
                LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 3));
        assertThat(months).allMatch(m -> m.routineName().equals("Yoga"));
    }

    /** Ten years of 100,000 sessions (200,000 steps) export in a JVM with 128 MB of heap. */
    @Test
    void tenYearsOfAHundredThousandSessionsExportIn128Megabytes() throws Exception {
        Path data = dir.resolve("big");
        try (Database db = Database.open(data)) {
            BulkHistory.insert(db, "me", LAST, 3650, 100_000);
        }
        Path out = Files.createDirectories(dir.resolve("big-out"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx128m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), CsvExportChild.class.getName(), data.toString(),
                LAST.minusDays(3650).toString(), out.toString(), LAST.toString()).redirectErrorStream(true).start();
        String said = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(said).isZero();
        System.out.println("CSV export child: " + said.strip());
        try (Stream<String> lines = Files.lines(out.resolve("limber-sessions-2026-11-22.csv"))) {
            assertThat(lines.count()).isEqualTo(100_001);
        }
        try (Stream<String> lines = Files.lines(out.resolve("limber-steps-2026-11-22.csv"))) {
            assertThat(lines.count()).isEqualTo(200_001);
        }
    }

    private static List<CSVRecord> read(Path file) throws Exception {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            assertThat((char) in.read()).isEqualTo('\uFEFF');
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}
