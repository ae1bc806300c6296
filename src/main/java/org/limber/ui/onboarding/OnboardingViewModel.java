package org.limber.ui.onboarding;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.limber.library.Condition;
import org.limber.safety.RedFlags;
import org.limber.ui.common.AppSettings;

/**
 * First run: the not-medical-advice notice, then the red-flag checklist, remembered in the
 * settings. An emergency sign leads to a screen whose only way on is back to the checklist;
 * a see-a-doctor sign to advice the person acknowledges. The checklist is asked again when
 * its questions change, from Help, and after "It hurts".
 */
public final class OnboardingViewModel {

    /** Where the person is in the first-run flow. */
    public enum Step { WELCOME, RED_FLAGS, EMERGENCY, ADVICE, DONE }

    /** Why the checklist is on screen: the first run, a new version of it, or a check after pain. */
    public enum Reason { FIRST_RUN, QUESTIONS_CHANGED, ASKED, AFTER_PAIN }

    private final AppSettings settings;
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>();
    private final ObjectProperty<Reason> reason = new SimpleObjectProperty<>(Reason.FIRST_RUN);
    private final BooleanProperty sawEmergency = new SimpleBooleanProperty();
    private final ObservableSet<String> ticked = FXCollections.observableSet();
    private final ObservableSet<String> conditions = FXCollections.observableSet();

    public OnboardingViewModel(AppSettings settings) {
        this.settings = settings;
        loadAnswers();
        if (!settings.get().onboardingAccepted()) {
            step.set(Step.WELCOME);
        } else if (settings.get().safetyCheck() < RedFlags.VERSION) {
            reason.set(Reason.QUESTIONS_CHANGED);
            step.set(Step.RED_FLAGS);
        } else {
            step.set(Step.DONE);
        }
    }

    public void accept() {
        if (step.get() == Step.WELCOME) {
            step.set(Step.RED_FLAGS);
        }
    }

    /**
     * Closes the checklist and saves the answers. An emergency sign takes back any earlier
     * acceptance: the next start begins again, so the app never opens for exercise past it.
     */
    public void continueFromChecklist() {
        if (step.get() != Step.RED_FLAGS) {
            return;
        }
        List<String> answers = RedFlags.known(ticked);
        List<String> mine = Arrays.stream(Condition.values()).map(Condition::code)
                .filter(conditions::contains).toList();
        RedFlags.Outcome outcome = RedFlags.outcome(answers);
        if (outcome == RedFlags.Outcome.EMERGENCY) {
            settings.update(s -> s.withOnboardingAccepted(false).withRedFlags(answers).withConditions(mine)
                    .withSafetyCheck(0));
            sawEmergency.set(true);
            step.set(Step.EMERGENCY);
            return;
        }
        settings.update(s -> s.withOnboardingAccepted(true).withRedFlags(answers).withConditions(mine)
                .withSafetyCheck(RedFlags.VERSION));
        step.set(outcome == RedFlags.Outcome.SEE_DOCTOR ? Step.ADVICE : Step.DONE);
    }

    /** From the emergency screen: the only way on is to look at the answers again. */
    public void backToChecklist() {
        if (step.get() == Step.EMERGENCY) {
            step.set(Step.RED_FLAGS);
        }
    }

    /** From the see-a-doctor advice: back to the answers (a tick by mistake). */
    public void backFromAdvice() {
        if (step.get() == Step.ADVICE) {
            step.set(Step.RED_FLAGS);
        }
    }

    /** Only a check opened from Help may be closed without answering: the answers stay as they were. */
    public boolean canCancel() {
        return step.get() == Step.RED_FLAGS && reason.get() == Reason.ASKED && settings.get().onboardingAccepted();
    }

    public void cancel() {
        if (canCancel()) {
            loadAnswers();
            step.set(Step.DONE);
        }
    }

    /** The person read the see-a-doctor advice and chose to carry on gently. */
    public void acknowledge() {
        if (step.get() == Step.ADVICE) {
            step.set(Step.DONE);
        }
    }

    /** Opens the checklist again (from Help), with the answers given before. */
    public void revisit() {
        ask(Reason.ASKED);
    }

    /** After "It hurts": things may have changed, so the questions come again. */
    public void rescreenAfterPain() {
        ask(Reason.AFTER_PAIN);
    }

    private void ask(Reason why) {
        if (step.get() == Step.WELCOME || step.get() == Step.EMERGENCY) {
            return;
        }
        loadAnswers();
        reason.set(why);
        step.set(Step.RED_FLAGS);
    }

    private void loadAnswers() {
        ticked.clear();
        ticked.addAll(RedFlags.known(settings.get().redFlags()));
        conditions.clear();
        conditions.addAll(settings.get().conditions());
    }

    public ObjectProperty<Step> stepProperty() {
        return step;
    }

    public ObjectProperty<Reason> reasonProperty() {
        return reason;
    }

    /** True once the emergency screen was shown in this run (the checklist then says why it is back). */
    public BooleanProperty sawEmergencyProperty() {
        return sawEmergency;
    }

    public ObservableSet<String> ticked() {
        return ticked;
    }

    /** Conditions that apply (pregnancy, osteoporosis…): they bring the matching cautions forward. */
    public ObservableSet<String> conditions() {
        return conditions;
    }
}
