package org.limber.results;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.limber.storage.Database;
import org.limber.storage.SqlPlanStore;
import org.limber.storage.SqlResultsStore;

/**
 * Run in a child JVM with a small heap by {@link TenYearsTest}: writes a results file with ten
 * years of daily sessions, then imports it into a fresh database and prints the summary.
 */
public final class TenYearsChild {

    private TenYearsChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int days = Integer.parseInt(args[1]);
        Path file = dir.resolve("ten-years" + ResultsFiles.EXTENSION);
        new ResultsFiles().write(SampleResults.file(SampleResults.daily("s", LocalDate.of(2016, 1, 1), days, 12)), file);
        System.out.println("written " + file.toFile().length());
        try (Database db = Database.open(dir.resolve("data"))) {
            Results results = new Results(new SqlResultsStore(db), new SqlPlanStore(db, Clock.systemUTC()),
                    new ResultsFiles(), Clock.systemUTC(), () -> UUID.randomUUID().toString());
            ImportSummary summary = results.importFile(file, new ImportTarget.NewClient("client", "Anna"));
            System.out.println("imported " + summary.added());
            System.out.println("again " + results.importFile(file, new ImportTarget.Known()).unchanged());
        }
    }
}
