package org.limber.ui.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.profile.Profile;
import org.limber.safety.SafetyAnswers;
import org.limber.safety.SafetyStore;

/**
 * Each profile's safety answers as the screens use them, and those of the active profile, which
 * the builder, the player and the handout go by. Reads and writes in the background; answers
 * given before the data is open (the first run) are kept and written once it is.
 */
public final class ProfileSafety {

    private final SafetyStore store;
    private final BackgroundExecutor executor;
    private final BooleanSupplier open;
    private final ObjectProperty<Profile> active = new SimpleObjectProperty<>(new Profile(Profile.ME, "", ""));
    private final ReadOnlyObjectWrapper<SafetyAnswers> answers = new ReadOnlyObjectWrapper<>(SafetyAnswers.NOT_ASKED);
    private final ObjectProperty<Failure> problem = new SimpleObjectProperty<>();
    private final Map<String, SafetyAnswers> waiting = new LinkedHashMap<>();
    /** Counts the changes of the active answers, so a read that started before one cannot undo it. */
    private long changes;

    public ProfileSafety(SafetyStore store, BackgroundExecutor executor, BooleanSupplier open) {
        this.store = store;
        this.executor = executor;
        this.open = open;
    }

    /** Follows the active profile: its answers are read whenever it changes. */
    public void follow(ObservableValue<Profile> profile) {
        profile.addListener((obs, old, now) -> {
            if (now != null && (old == null || !old.id().equals(now.id()) || !old.name().equals(now.name()))) {
                active.set(now);
                if (old == null || !old.id().equals(now.id())) {
                    reload();
                }
            }
        });
        if (profile.getValue() != null) {
            active.set(profile.getValue());
        }
    }

    /** The data is open (at start or after a restore): answers given before are written, the active ones read. */
    public void dataOpened() {
        Map<String, SafetyAnswers> given = Map.copyOf(waiting);
        waiting.clear();
        given.forEach(this::write);
        reload();
    }

    /** The answers kept for a profile; before the data is open, those given since the start, or none. */
    public void load(String profileId, Consumer<SafetyAnswers> then, Consumer<Throwable> failed) {
        if (waiting.containsKey(profileId) || !open.getAsBoolean()) {
            then.accept(waiting.getOrDefault(profileId, SafetyAnswers.NOT_ASKED));
            return;
        }
        executor.submit(() -> store.answers(profileId), then, failed);
    }

    /** Keeps a profile's new answers; the active profile's count at once for the builder, the player and the handout. */
    public void save(String profileId, SafetyAnswers given) {
        if (profileId.equals(activeId())) {
            changes++;
            answers.set(given);
        }
        if (open.getAsBoolean()) {
            write(profileId, given);
        } else {
            waiting.put(profileId, given);
        }
    }

    private void write(String profileId, SafetyAnswers given) {
        executor.run(() -> store.save(profileId, given), e -> problem.set(Failure.of("safety.error.save", e)));
    }

    private void reload() {
        String id = activeId();
        long seen = ++changes;
        load(id, loaded -> {
            if (seen == changes && id.equals(activeId())) {
                answers.set(loaded);
            }
        }, e -> problem.set(Failure.of("safety.error.load", e)));
    }

    public Profile activeProfile() {
        return active.get();
    }

    public String activeId() {
        return active.get().id();
    }

    /** The active profile's answers ({@link SafetyAnswers#NOT_ASKED} until read). */
    public ReadOnlyObjectProperty<SafetyAnswers> activeAnswersProperty() {
        return answers.getReadOnlyProperty();
    }

    /** The conditions of the active profile: the cautions the builder and the player show. */
    public List<String> activeConditions() {
        return answers.get().conditions();
    }

    /** Null, or why answers could not be read or kept (the person is told on the status line). */
    public ReadOnlyObjectProperty<Failure> problemProperty() {
        return problem;
    }
}
