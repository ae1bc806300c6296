package org.limber.ui.onboarding;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.limber.library.Condition;
import org.limber.profile.Profile;
import org.limber.safety.RedFlags;
import org.limber.safety.SafetyAnswers;

/** The answers on the checklist: whose they are, the signs ticked and the conditions that apply. */
final class ChecklistAnswers {

    final ObjectProperty<Profile> whose = new SimpleObjectProperty<>(me());
    final ObservableSet<String> ticked = FXCollections.observableSet();
    final ObservableSet<String> conditions = FXCollections.observableSet();

    static Profile me() {
        return new Profile(Profile.ME, "", "");
    }

    /** Shows {@code answers} as kept for {@code who}; signs older questions asked are left out. */
    void show(Profile who, SafetyAnswers answers) {
        whose.set(who);
        ticked.clear();
        ticked.addAll(RedFlags.known(answers.redFlags()));
        conditions.clear();
        conditions.addAll(answers.conditions());
    }

    /** The answers as ticked now, the conditions in the catalogue's order. */
    SafetyAnswers given() {
        List<String> codes = Arrays.stream(Condition.values()).map(Condition::code).filter(conditions::contains).toList();
        return SafetyAnswers.given(ticked, codes);
    }

    String whoseId() {
        return whose.get().id();
    }

    boolean isMe() {
        return Profile.ME.equals(whoseId());
    }
}
