package org.limber.ui.profiles;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.limber.library.Condition;
import org.limber.profile.Profile;
import org.limber.safety.RedFlags;
import org.limber.safety.SafetyAnswers;
import org.limber.ui.common.Failure;
import org.limber.ui.common.ProfileSafety;

/**
 * A client's safety answers as the physiotherapist reads and changes them on the Profiles page:
 * the red-flag signs and the conditions, and whether the questions were asked yet. A client
 * nobody has answered for is asked before their first session.
 */
public final class ClientSafetyViewModel {

    /** Where a profile's answers stand: never asked, to be asked again before the next session, or answered. */
    public enum Status { NOT_ASKED, ASK_AGAIN, ANSWERED }

    private final ProfileSafety safety;
    private final ObjectProperty<Profile> profile = new SimpleObjectProperty<>();
    private final ObjectProperty<Status> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Failure> problem = new SimpleObjectProperty<>();
    private final ObservableSet<String> ticked = FXCollections.observableSet();
    private final ObservableSet<String> conditions = FXCollections.observableSet();

    public ClientSafetyViewModel(ProfileSafety safety) {
        this.safety = safety;
    }

    /** Reads the answers of {@code who} (null: nobody chosen); the status is null until they are read. */
    public void show(Profile who) {
        profile.set(who);
        status.set(null);
        problem.set(null);
        ticked.clear();
        conditions.clear();
        if (who == null) {
            return;
        }
        safety.load(who.id(), answers -> {
            if (who.equals(profile.get())) {
                ticked.addAll(RedFlags.known(answers.redFlags()));
                conditions.addAll(answers.conditions());
                status.set(statusOf(answers));
            }
        }, e -> problem.set(Failure.of("safety.error.load", e)));
    }

    /** Keeps the answers as ticked now; only once they were read, so nothing unseen is overwritten. */
    public void save() {
        Profile who = profile.get();
        if (who == null || status.get() == null) {
            return;
        }
        List<String> codes = Arrays.stream(Condition.values()).map(Condition::code).filter(conditions::contains).toList();
        SafetyAnswers given = SafetyAnswers.given(ticked, codes);
        safety.save(who.id(), given);
        status.set(statusOf(given));
    }

    /** Throws the changes away: the answers as kept. */
    public void revert() {
        show(profile.get());
    }

    static Status statusOf(SafetyAnswers answers) {
        if (answers.current()) {
            return Status.ANSWERED;
        }
        return answers.unknown() ? Status.NOT_ASKED : Status.ASK_AGAIN;
    }

    /** True when a client is chosen (the person's own answers are kept through Help > Safety check). */
    public boolean editable() {
        return profile.get() != null && !Profile.ME.equals(profile.get().id());
    }

    public ReadOnlyObjectProperty<Profile> profileProperty() {
        return profile;
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status;
    }

    public ReadOnlyObjectProperty<Failure> problemProperty() {
        return problem;
    }

    public ObservableSet<String> ticked() {
        return ticked;
    }

    public ObservableSet<String> conditions() {
        return conditions;
    }
}
