package org.limber.ui.results;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.i18n.Messages;
import org.limber.profile.Profile;
import org.limber.profile.ProfileStore;
import org.limber.results.ImportSummary;
import org.limber.results.ImportTarget;
import org.limber.results.Results;
import org.limber.results.ResultsHead;
import org.limber.results.ResultsFileException;
import org.limber.ui.common.Failure;
import org.limber.ui.common.FailureReason;

/**
 * Importing a results file on the physiotherapist's computer: {@link #open} reads and checks it
 * and finds the client it went to before; the view asks (confirm, or pick or create a client);
 * {@link #importKnown}, {@link #importInto} or {@link #importAsNew} merge it. Everything in the background.
 */
public final class ImportResultsViewModel {

    /** A file read and checked (its sessions are not kept), waiting for the physiotherapist's answer. */
    public record Pending(Path file, ResultsHead content, Optional<Profile> client, List<Profile> clients) {

        public String personName() {
            return content.person().name();
        }

        public int sessions() {
            return content.sessions();
        }
    }

    /** What is being done in the background, for a line on the window: reading a file, or importing it. */
    public record Activity(Kind kind, Path file, String person, int sessions, String client) {

        public enum Kind { CHECKING, IMPORTING }

        public String text(Messages i18n) {
            String name = String.valueOf(file.getFileName());
            return kind == Kind.CHECKING ? i18n.get("results.import.checking", name)
                    : i18n.get("results.import.importing", sessions, person, client);
        }
    }

    /** A file refused: which, and the key of the sentence saying why (never the exception's text). */
    public record Refusal(Path file, String reasonKey) {

        public String text(Messages i18n) {
            // a refused file says why in a sentence of its own; anything else is a reason in a sentence
            String key = reasonKey.startsWith("results.") ? "results.import.refused.body" : "results.import.error";
            return i18n.get(key, file.toString(), i18n.get(reasonKey));
        }
    }

    /** What an import did, and to whom. */
    public record Imported(ImportSummary summary, Profile client) {
    }

    private final Results results;
    private final ProfileStore profiles;
    private final BackgroundExecutor executor;
    private final Supplier<String> newId;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<Refusal> refusal = new SimpleObjectProperty<>();
    private final ObjectProperty<Imported> imported = new SimpleObjectProperty<>();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final ObjectProperty<Activity> activity = new SimpleObjectProperty<>();

    public ImportResultsViewModel(Results results, ProfileStore profiles, BackgroundExecutor executor,
            Supplier<String> newId) {
        this.results = results;
        this.profiles = profiles;
        this.executor = executor;
        this.newId = newId;
    }

    /** Reads the whole file and looks up its person; {@code ask} then gets it, or {@code refused} why not. */
    public void open(Path file, Consumer<Pending> ask, Consumer<Refusal> refused) {
        refusal.set(null);
        imported.set(null);
        Runnable done = start(new Activity(Activity.Kind.CHECKING, file, "", 0, ""));
        DoubleConsumer read = executor.progress(this::moved);
        executor.submit(() -> {
            ResultsHead content = results.check(file, read);
            Optional<String> clientId = results.clientOf(content);
            List<Profile> all = profiles.listProfiles();
            Optional<Profile> client = clientId.flatMap(id -> all.stream().filter(p -> p.id().equals(id)).findFirst());
            // a client's results never go to "Me"
            List<Profile> clients = all.stream().filter(p -> !Profile.ME.equals(p.id())).toList();
            return new Pending(file, content, client, clients);
        }, pending -> {
            done.run(); // before the questions, which wait for the physiotherapist
            ask.accept(pending);
        }, e -> {
            done.run();
            refuse(file, e, refused);
        }, done);
    }

    /** Imports to the client this person's results went to before. */
    public void importKnown(Pending pending, Consumer<Imported> done, Consumer<Refusal> refused) {
        Profile client = pending.client().orElseThrow();
        merge(pending, new ImportTarget.Known(), client, done, refused);
    }

    /** Imports to a client chosen from the list. */
    public void importInto(Pending pending, Profile client, Consumer<Imported> done, Consumer<Refusal> refused) {
        merge(pending, new ImportTarget.Existing(client.id()), client, done, refused);
    }

    /** What keeps {@code name} from being a new client's name; empty when it can be one. */
    public Optional<Failure> checkName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            return Optional.of(Failure.of("profiles.problem.nameMissing"));
        }
        if (n.length() > Results.MAX_NAME) {
            return Optional.of(Failure.of("profiles.problem.nameTooLong"));
        }
        return Optional.empty();
    }

    /** Imports to a new client with this name, made in the same transaction. */
    public void importAsNew(Pending pending, String name, Consumer<Imported> done, Consumer<Refusal> refused) {
        if (checkName(name).isPresent()) {
            return;
        }
        Profile client = new Profile(newId.get(), name.strip(), "");
        merge(pending, new ImportTarget.NewClient(client.id(), client.name()), client, done, refused);
    }

    private void merge(Pending pending, ImportTarget target, Profile client, Consumer<Imported> done,
            Consumer<Refusal> refused) {
        Runnable finished = start(new Activity(Activity.Kind.IMPORTING, pending.file(), pending.personName(),
                pending.sessions(), client.name()));
        DoubleConsumer read = executor.progress(this::moved);
        executor.submit(() -> results.importFile(pending.file(), pending.content(), target, read), summary -> {
            finished.run(); // before the summary, which waits for the physiotherapist
            Imported result = new Imported(summary, client);
            imported.set(result);
            done.accept(result);
        }, e -> {
            finished.run();
            refuse(pending.file(), e, refused);
        }, finished);
    }

    /**
     * Shows what is being done from now on; the hook returned ends it (once; later calls, and
     * calls after something else was started, change nothing).
     */
    private Runnable start(Activity what) {
        busy.set(true);
        activity.set(what);
        progress.set(0);
        return () -> {
            if (activity.get() == what) {
                busy.set(false);
                activity.set(null);
                progress.set(-1);
            }
        };
    }

    private void moved(double share) {
        if (activity.get() != null) {
            progress.set(share);
        }
    }

    private void refuse(Path file, Throwable error, Consumer<Refusal> refused) {
        String key = error instanceof ResultsFileException e ? e.messageKey() : FailureReason.of(error).key();
        Refusal r = new Refusal(file, key);
        refusal.set(r);
        refused.accept(r);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** The share of the file read, 0 to 1, while one is checked or imported; -1 otherwise. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    /** What is being done in the background; null when nothing is. */
    public ReadOnlyObjectProperty<Activity> activityProperty() {
        return activity;
    }

    /** The last file refused; null after a new file is opened. */
    public ReadOnlyObjectProperty<Refusal> refusalProperty() {
        return refusal;
    }

    /** The last import's summary; null after a new file is opened. */
    public ReadOnlyObjectProperty<Imported> importedProperty() {
        return imported;
    }
}
