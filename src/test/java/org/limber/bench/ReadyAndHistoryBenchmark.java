package org.limber.bench;

import org.limber.storage.SqlHistoryFigures;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.library.Catalogue;
import org.limber.library.CatalogueLoader;
import org.limber.library.Exercise;
import org.limber.routine.Templates;
import org.limber.storage.Database;
import org.limber.storage.SqlHistoryStore;
import org.limber.storage.SqlPlanStore;
import org.limber.storage.SqlRoutineStore;
import org.limber.ui.history.HistoryViewModel;

/**
 * Time to "Ready" (the work the app does between its first frame and the Ready status: open the
 * data, read the catalogue, offer the templates) and to the History page's data (everything
 * its view-model loads: 12 months of sessions, seconds per day, streaks, insights) at 0, 10,000
 * and 100,000 sessions, all in the last 12 months (the worst case). Each size runs in a fresh
 * JVM, the first open of the day (cold) and again. Run on purpose:
 * {@code mvn test -Dtest=ReadyAndHistoryBenchmark -Dlimber.bench=true}
 */
@EnabledIfSystemProperty(named = "limber.bench", matches = "true")
class ReadyAndHistoryBenchmark {

    static final Clock DAY = Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC);

    @Test
    void readyAndHistoryAtScale() throws Exception {
        for (int sessions : new int[] {0, 10_000, 100_000}) {
            Path dir = Files.createTempDirectory("limber-ready");
            Clock before = Clock.fixed(Instant.parse("2026-11-21T08:00:00Z"), ZoneOffset.UTC);
            try (Database db = Database.open(dir, before)) {
                StartupAtScale.fill(db, LocalDate.now(DAY), sessions, 365, "me");
            }
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process child = new ProcessBuilder(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                    Child.class.getName(), dir.toString()).redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                out.lines().filter(l -> l.startsWith("|")).forEach(l -> System.out.println(
                        "| " + String.format("%,d", sessions) + " " + l));
            }
            child.waitFor();
        }
    }

    /** One size, in a JVM of its own. */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            Path dir = Path.of(args[0]);
            for (String round : new String[] {"first start of the day", "next start"}) {
                long t0 = System.nanoTime();
                Database db = Database.openDeferringChecks(dir, DAY);
                Catalogue catalogue = new CatalogueLoader().loadBuiltIn();
                Set<String> ids = catalogue.exercises().stream().map(Exercise::id).collect(Collectors.toSet());
                new SqlRoutineStore(db, DAY).seedOnce("me", Templates.load(ids::contains));
                long ready = System.nanoTime();
                HistoryViewModel history = new HistoryViewModel(new SqlHistoryStore(db), new SqlHistoryFigures(db),
                        new SqlPlanStore(db, DAY),
                        BackgroundExecutor.sameThread(), DAY, () -> "me");
                history.load();
                int rows = history.snapshotProperty().get().sessions().size();
                long shown = System.nanoTime();
                db.maintain();
                long maintained = System.nanoTime();
                System.out.printf("| %s | %.0f ms | %.0f ms (%d rows) | %.0f ms |%n", round, (ready - t0) / 1e6,
                        (shown - ready) / 1e6, rows, (maintained - shown) / 1e6);
                db.close();
            }
        }
    }
}
