package org.limber.tools;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.history.HistoryFigures;
import org.limber.storage.Database;
import org.limber.storage.SqlHistoryFigures;
import org.limber.ui.history.CsvExport;

/** Exports every session of profile "me" from {@code args[1]} to {@code args[0]}'s database into args[2]. */
public final class CsvExportChild {

    private CsvExportChild() {
    }

    public static void main(String[] args) throws Exception {
        try (Database db = Database.open(Path.of(args[0]))) {
            CsvExport export = new CsvExport(new SqlHistoryFigures(db), BackgroundExecutor.sameThread(), ZoneOffset.UTC);
            List<Double> progress = new ArrayList<>();
            export.progressProperty().addListener((obs, old, now) -> progress.add(now.doubleValue()));
            List<Object> outcome = new ArrayList<>();
            export.start(Path.of(args[2]), new HistoryFigures.Filter("me", LocalDate.parse(args[1]),
                    LocalDate.parse(args[3]), null), outcome::add, outcome::add);
            System.out.println("progress steps " + progress.size() + ", heap used "
                    + (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1_000_000 + " MB");
            if (outcome.size() != 1 || outcome.get(0) instanceof Throwable) {
                System.out.println("failed: " + outcome);
                System.exit(2);
            }
        }
    }
}
