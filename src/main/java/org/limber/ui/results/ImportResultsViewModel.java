package org.limber.ui.results;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.i18n.Messages;
import org.limber.profile.Profile;
import org.limber.profile.ProfileStore;
import org.limber.results.ImportSummary;
import org.limber.results.ImportTarget;
import org.limber.results.Results;
import org.limber.results.ResultsFile;
import org.limber.results.ResultsFileException;
import org.limber.ui.common.Failure;
import org.limber.ui.common.FailureReason;

/**
 * Importing a results file on the physiotherapist's computer: {@link #open} reads and checks it
 * and finds the client it went to before; the view asks (confirm, or pick or create a client);
 * {@link #importKnown}, {@link #importInto} or {@link #importAsNew} merge it. Everything in the background.
 */
public final class ImportResultsViewModel {

    /** A file read and checked, waiting for the physiotherapist's answer. */
    public record Pending(Path file, ResultsFile content, Optional<Profile> client, List<Profile> clients) {

        public String personName() {
            return content.person().name();
        }

        public int sessions() {
            return content.sessions().size();
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
        busy.set(true);
        executor.submit(() -> {
            ResultsFile content = results.read(file);
            Optional<String> clientId = results.clientOf(content);
            List<Profile> all = profiles.listProfiles();
            Optional<Profile> client = clientId.flatMap(id -> all.stream().filter(p -> p.id().equals(id)).findFirst());
            // a client's results never go to "Me"
            List<Profile> clients = all.stream().filter(p -> !Profile.ME.equals(p.id())).toList();
            return new Pending(file, content, client, clients);
        }, ask, e -> refuse(file, e, refused), () -> busy.set(false));
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
        busy.set(true);
        executor.submit(() -> results.importFile(pending.content(), target), summary -> {
            Imported result = new Imported(summary, client);
            imported.set(result);
            done.accept(result);
        }, e -> refuse(pending.file(), e, refused), () -> busy.set(false));
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

    /** The last file refused; null after a new file is opened. */
    public ReadOnlyObjectProperty<Refusal> refusalProperty() {
        return refusal;
    }

    /** The last import's summary; null after a new file is opened. */
    public ReadOnlyObjectProperty<Imported> importedProperty() {
        return imported;
    }
}
