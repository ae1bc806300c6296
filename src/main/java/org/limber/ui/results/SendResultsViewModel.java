package org.limber.ui.results;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.profile.Profile;
import org.limber.results.Results;
import org.limber.ui.common.Failure;

/**
 * "Send results to my physiotherapist": which days, under which name, then the file written in
 * the background. {@link #prepare} fills the form from the last send; {@link #check} says what
 * keeps it from going; {@link #send} writes; {@link #openFolder} shows where it went.
 */
public final class SendResultsViewModel {

    /** Shows a folder in the computer's file manager (runs a process: called in the background). */
    @FunctionalInterface
    public interface FolderOpen {
        void open(Path folder) throws Exception;
    }

    private final Results results;
    private final BackgroundExecutor executor;
    private final Supplier<Profile> profile;
    private final FolderOpen folders;
    private final ZoneId zone;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> lastSent = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<Failure> problem = new SimpleObjectProperty<>();
    private final ObjectProperty<Results.Sent> sent = new SimpleObjectProperty<>();
    private String profileId = Profile.ME;
    private LocalDate today;

    /**
     * {@code profile}: whose results (the active profile; "Me" is asked for the name to put in the file);
     * {@code zone}: the clock's, for the day of the last send.
     */
    public SendResultsViewModel(Results results, BackgroundExecutor executor, Supplier<Profile> profile,
            FolderOpen folders, ZoneId zone) {
        this.results = results;
        this.zone = zone;
        this.executor = executor;
        this.profile = profile;
        this.folders = folders;
        name.addListener((obs, old, now) -> problem.set(null));
        from.addListener((obs, old, now) -> problem.set(null));
        to.addListener((obs, old, now) -> problem.set(null));
    }

    /** Reads the default range (since the last send) in the background; {@code ready} then shows the form. */
    public void prepare(Runnable ready, Consumer<Failure> failed) {
        Profile who = profile.get();
        profileId = who.id();
        sent.set(null);
        busy.set(true);
        executor.submit(() -> results.defaultRange(who.id()), range -> {
            today = range.to();
            // never sent: everything, shown as an empty "from" (the first session)
            from.set(range.lastSent().isEmpty() ? null : range.from());
            to.set(range.to());
            lastSent.set(range.lastSent().map(at -> LocalDate.ofInstant(at, zone)).orElse(null));
            name.set(Profile.ME.equals(who.id()) ? "" : who.name());
            problem.set(null);
            ready.run();
        }, e -> fail(Failure.of("results.send.error.range", e), failed), () -> busy.set(false));
    }

    /** True when the form can be sent; otherwise the reason is the {@link #problemProperty()}. */
    public boolean check() {
        String n = name.get() == null ? "" : name.get().strip();
        if (n.isEmpty()) {
            problem.set(Failure.of("results.send.problem.name"));
        } else if (n.length() > Results.MAX_NAME) {
            problem.set(Failure.of("results.send.problem.nameTooLong", Results.MAX_NAME));
        } else if (from.get() != null && from.get().isAfter(lastDay())) {
            problem.set(Failure.of("results.send.problem.range"));
        } else {
            problem.set(null);
            return true;
        }
        return false;
    }

    /** The name the save dialog suggests: the person's name and today's date. */
    public String suggestedFileName() {
        return results.suggestedFileName(name.get());
    }

    /** Writes the file in the background; {@code done} gets what was written. */
    public void send(Path target, Consumer<Results.Sent> done, Consumer<Failure> failed) {
        if (!check()) {
            return;
        }
        LocalDate first = from.get() == null ? LocalDate.EPOCH : from.get();
        LocalDate last = lastDay();
        String who = name.get().strip();
        String id = profileId;
        busy.set(true);
        executor.submit(() -> results.send(id, who, first, last, target), written -> {
            sent.set(written);
            done.accept(written);
        }, e -> fail(Failure.of("results.send.failed", e, target), failed), () -> busy.set(false));
    }

    /** Shows the folder of the file just written. */
    public void openFolder(Consumer<Failure> failed) {
        Results.Sent written = sent.get();
        if (written == null) {
            return;
        }
        Path folder = written.file().toAbsolutePath().getParent();
        executor.run(() -> folders.open(folder), e -> fail(Failure.of("results.send.openFolder.failed", e, folder),
                failed));
    }

    private LocalDate lastDay() {
        return to.get() != null ? to.get() : today != null ? today : LocalDate.EPOCH;
    }

    private void fail(Failure failure, Consumer<Failure> failed) {
        problem.set(failure);
        failed.accept(failure);
    }

    /** The first day sent; null: from the first session. */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /** The last day sent; null: today. */
    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** The day this profile last sent its results; null when never. */
    public ReadOnlyObjectProperty<LocalDate> lastSentProperty() {
        return lastSent;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyObjectProperty<Failure> problemProperty() {
        return problem;
    }

    /** What the last send wrote; null before it. */
    public ReadOnlyObjectProperty<Results.Sent> sentProperty() {
        return sent;
    }

    /** Whether the profile is "Me", whose name the app does not know. */
    public boolean asksForName() {
        return Profile.ME.equals(profile.get().id());
    }
}
