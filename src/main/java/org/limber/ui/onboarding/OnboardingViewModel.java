package org.limber.ui.onboarding;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.limber.library.Condition;
import org.limber.safety.RedFlags;
import org.limber.ui.common.AppSettings;

/** First run: the not-medical-advice notice, then the red-flag checklist, remembered in the settings. */
public final class OnboardingViewModel {

    /** Where the person is in the first-run flow. */
    public enum Step { WELCOME, RED_FLAGS, ADVICE, DONE }

    private final AppSettings settings;
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>();
    private final ObservableSet<String> ticked = FXCollections.observableSet();
    private final ObservableSet<String> conditions = FXCollections.observableSet();

    public OnboardingViewModel(AppSettings settings) {
        this.settings = settings;
        ticked.addAll(settings.get().redFlags());
        conditions.addAll(settings.get().conditions());
        step.set(settings.get().onboardingAccepted() ? Step.DONE : Step.WELCOME);
    }

    public void accept() {
        if (step.get() == Step.WELCOME) {
            step.set(Step.RED_FLAGS);
        }
    }

    /** Closes the checklist: straight in when nothing is ticked, else the advice first. */
    public void continueFromChecklist() {
        if (step.get() != Step.RED_FLAGS) {
            return;
        }
        List<String> answers = new ArrayList<>();
        for (String key : RedFlags.KEYS) {
            if (ticked.contains(key)) {
                answers.add(key);
            }
        }
        List<String> mine = new ArrayList<>();
        for (Condition c : Condition.values()) {
            if (conditions.contains(c.code())) {
                mine.add(c.code());
            }
        }
        settings.update(s -> s.withOnboardingAccepted(true).withRedFlags(answers).withConditions(mine));
        step.set(answers.isEmpty() ? Step.DONE : Step.ADVICE);
    }

    /** The person read the advice and chose to carry on. */
    public void acknowledge() {
        if (step.get() == Step.ADVICE) {
            step.set(Step.DONE);
        }
    }

    /** Opens the checklist again (from Help), with the answers given before. */
    public void revisit() {
        ticked.clear();
        ticked.addAll(settings.get().redFlags());
        conditions.clear();
        conditions.addAll(settings.get().conditions());
        conditions.addAll(settings.get().conditions());
        step.set(Step.RED_FLAGS);
    }

    public ObjectProperty<Step> stepProperty() {
        return step;
    }

    public ObservableSet<String> ticked() {
        return ticked;
    }

    /** Conditions that apply (pregnancy, osteoporosis…): they bring the matching cautions forward. */
    public ObservableSet<String> conditions() {
        return conditions;
    }
}
