package org.limber.results;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.limber.concurrent.SingleThreadBackgroundExecutor;
import org.limber.profile.Profile;
import org.limber.storage.Database;
import org.limber.storage.SqlPlanStore;
import org.limber.storage.SqlProfileStore;
import org.limber.storage.SqlResultsStore;
import org.limber.ui.results.ImportResultsViewModel;

/**
 * Run in a child JVM with a small heap by {@link TenYearsTest}: ten years of daily sessions go
 * into a person's history, are sent as a results file from it, and the file is imported on a
 * physiotherapist's data folder the way the app does it: the import view-model on the app's
 * background executor, with its callbacks on a thread standing in for the FX thread, and the
 * progress it shows recorded. Prints what happened, one fact a line.
 */
public final class TenYearsChild {

    private TenYearsChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int days = Integer.parseInt(args[1]);
        Path history = dir.resolve("history" + ResultsFiles.EXTENSION);
        new ResultsFiles().write(SampleResults.file(SampleResults.daily("s", LocalDate.of(2016, 1, 1), days, 12)),
                history);
        Path sent = dir.resolve("sent" + ResultsFiles.EXTENSION);
        try (Database patient = Database.open(dir.resolve("patient"))) {
            Results results = results(patient);
            results.importFile(history, new ImportTarget.Existing(Profile.ME));
            Results.Sent written = results.send(Profile.ME, "Anna B.", LocalDate.EPOCH, LocalDate.of(2100, 1, 1), sent);
            System.out.println("sent " + written.sessions() + " in " + sent.toFile().length() + " bytes");
        }
        try (Database physio = Database.open(dir.resolve("physio"))) {
            importInTheBackground(physio, sent);
            System.out.println("again " + results(physio).importFile(sent, new ImportTarget.Known()).unchanged());
        }
    }

    private static void importInTheBackground(Database db, Path file) throws Exception {
        ExecutorService fx = Executors.newSingleThreadExecutor();
        SingleThreadBackgroundExecutor background = new SingleThreadBackgroundExecutor(fx);
        List<Double> shares = new ArrayList<>();
        List<String> outcome = new ArrayList<>();
        CountDownLatch finished = new CountDownLatch(1);
        ImportResultsViewModel vm = new ImportResultsViewModel(results(db), new SqlProfileStore(db, Clock.systemUTC()),
                background, () -> "client");
        fx.execute(() -> {
            vm.progressProperty().addListener((obs, old, now) -> shares.add(now.doubleValue()));
            vm.open(file, pending -> vm.importAsNew(pending, pending.personName(), done -> {
                outcome.add("imported " + done.summary().added());
                finished.countDown();
            }, refused -> {
                outcome.add("refused " + refused.reasonKey());
                finished.countDown();
            }), refused -> {
                outcome.add("refused " + refused.reasonKey());
                finished.countDown();
            });
        });
        if (!finished.await(5, TimeUnit.MINUTES)) {
            System.out.println("not finished");
        }
        fx.submit(() -> { }).get(); // the last callbacks have run
        background.shutdown();
        fx.shutdown();
        outcome.forEach(System.out::println);
        long shown = shares.stream().filter(s -> s > 0 && s < 1).count();
        System.out.println("progress shown " + shown + " times" + (shown > 0 ? "" : " (none)"));
        System.out.println("progress ended " + shares.get(shares.size() - 1));
        Runtime heap = Runtime.getRuntime();
        System.out.println("heap at most " + heap.maxMemory() / (1024 * 1024) + " MB");
    }

    private static Results results(Database db) {
        return new Results(new SqlResultsStore(db), new SqlPlanStore(db, Clock.systemUTC()), new ResultsFiles(),
                Clock.systemUTC(), () -> UUID.randomUUID().toString());
    }
}
