package org.limber.ui.profiles;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.profile.Profile;
import org.limber.profile.ProfileStore;
import org.limber.ui.common.Failure;

/** The profiles and which one is active: whose routines, sessions and history are shown. */
public final class ProfilesViewModel {

    public static final int MAX_NAME = 120;

    private final ProfileStore store;
    private final BackgroundExecutor executor;
    private final Supplier<String> newId;
    private final ObservableList<Profile> profiles = FXCollections.observableArrayList();
    private final ObjectProperty<Profile> active;
    private final String meName;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObjectProperty<Failure> problem = new SimpleObjectProperty<>();

    public ProfilesViewModel(ProfileStore store, BackgroundExecutor executor, Supplier<String> newId, String meName) {
        this.active = new SimpleObjectProperty<>(new Profile(Profile.ME, meName, ""));
        this.meName = meName;
        this.store = store;
        this.executor = executor;
        this.newId = newId;
        name.addListener((obs, old, now) -> problem.set(null));
    }

    public void load() {
        executor.submit(store::listProfiles, this::accept, e -> problem.set(Failure.of("profiles.error.load", e)));
    }

    private void accept(List<Profile> stored) {
        // "Me" is shown in the user's language, whatever name the first migration stored
        List<Profile> list = stored.stream().map(p -> new Profile(p.id(), Profile.shownName(p.id(), p.name(), meName),
                p.notes())).toList();
        profiles.setAll(list);
        Profile current = active.get();
        active.set(list.stream().filter(p -> p.id().equals(current.id())).findFirst()
                .orElse(list.stream().filter(p -> p.id().equals(Profile.ME)).findFirst().orElse(current)));
    }

    /** Adds a client from the name and notes typed; an empty or over-long name is refused in place. */
    public void add() {
        String n = name.get() == null ? "" : name.get().strip();
        if (n.isEmpty()) {
            problem.set(Failure.of("profiles.problem.nameMissing"));
            return;
        }
        if (n.length() > MAX_NAME) {
            problem.set(Failure.of("profiles.problem.nameTooLong"));
            return;
        }
        Profile profile = new Profile(newId.get(), n, notes.get());
        executor.submit(() -> {
            store.saveProfile(profile);
            return store.listProfiles();
        }, list -> {
            name.set("");
            notes.set("");
            accept(list);
        }, e -> problem.set(Failure.of("profiles.error.save", e)));
    }

    /** Removes the profile with all its routines and sessions (the view asks first). */
    public void delete(Profile profile) {
        if (Profile.ME.equals(profile.id())) {
            return;
        }
        executor.submit(() -> {
            store.deleteProfile(profile.id());
            return store.listProfiles();
        }, list -> {
            if (active.get().id().equals(profile.id())) {
                active.set(list.stream().filter(p -> p.id().equals(Profile.ME)).findFirst().orElse(active.get()));
            }
            accept(list);
        }, e -> problem.set(Failure.of("profiles.error.delete", e)));
    }

    public String activeId() {
        return active.get().id();
    }

    public ObservableList<Profile> profiles() {
        return profiles;
    }

    public ObjectProperty<Profile> activeProperty() {
        return active;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    /** A name refused, or a failed load or change; null when there is none. */
    public ReadOnlyObjectProperty<Failure> problemProperty() {
        return problem;
    }
}
