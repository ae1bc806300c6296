package org.limber.ui.onboarding;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableSet;
import org.limber.profile.Profile;
import org.limber.safety.RedFlags;
import org.limber.safety.SafetyAnswers;
import org.limber.settings.Settings.UsedBy;
import org.limber.ui.common.AppSettings;
import org.limber.ui.common.ProfileSafety;

/**
 * First run: the not-medical-advice notice with the choice of who uses Limber here, then (for a person's own back)
 * the red-flag checklist for "Me". Each profile keeps its own answers ({@link ProfileSafety}). An
 * emergency sign leads to a screen whose only way on is back to the checklist; a see-a-doctor sign
 * to advice the person acknowledges. The checklist is asked again when its questions change, from
 * Help, after "It hurts", and before the first session of a profile nobody has answered for.
 */
public final class OnboardingViewModel {

    /** Where the person is in the first-run flow. */
    public enum Step { WELCOME, RED_FLAGS, EMERGENCY, ADVICE, DONE }

    /** Why the checklist is on screen. */
    public enum Reason { FIRST_RUN, QUESTIONS_CHANGED, ASKED, AFTER_PAIN, FIRST_SESSION }

    private static final Runnable NOTHING = () -> { };

    private final AppSettings settings;
    private final ProfileSafety safety;
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>();
    private final ObjectProperty<Reason> reason = new SimpleObjectProperty<>(Reason.FIRST_RUN);
    private final BooleanProperty sawEmergency = new SimpleBooleanProperty();
    private final BooleanProperty forClients = new SimpleBooleanProperty();
    private final ChecklistAnswers answers = new ChecklistAnswers();
    private final ObjectProperty<UsedBy> whoChoice = new SimpleObjectProperty<>(UsedBy.SELF);
    /** What waits for the check to pass (a session), run once it has. */
    private Runnable then = NOTHING;
    private boolean asking;

    public OnboardingViewModel(AppSettings settings, ProfileSafety safety) {
        this.settings = settings;
        this.safety = safety;
        step.set(settings.get().onboardingAccepted() ? Step.DONE : Step.WELCOME);
        whoChoice.set(settings.get().usedBy() == UsedBy.CLIENTS ? UsedBy.CLIENTS : UsedBy.SELF);
    }

    /**
     * Accepts the notice. Who uses Limber is chosen on the same card, "Me" unless the person picks
     * otherwise, so the checklist follows the notice directly (as the automation contract has it).
     */
    public void accept() {
        if (step.get() != Step.WELCOME) {
            return;
        }
        if (whoChoice.get() == UsedBy.CLIENTS) {
            forClients();
        } else {
            settings.update(s -> s.withUsedBy(UsedBy.SELF));
            ask(ChecklistAnswers.me(), Reason.FIRST_RUN, NOTHING);
        }
    }

    /**
     * Who uses Limber here, as chosen on the notice card: SELF ("me, for my own back") goes on to the
     * safety check for "Me"; CLIENTS (a physiotherapist) has no checklist now, because the therapist
     * is not the patient: each client's comes before their first session, and Profiles comes next.
     */
    public ObjectProperty<UsedBy> whoChoiceProperty() {
        return whoChoice;
    }

    private void forClients() {
        settings.update(s -> s.withUsedBy(UsedBy.CLIENTS).withOnboardingAccepted(true));
        step.set(Step.DONE);
        forClients.set(true);
    }

    /** The data is open: a person's own answers to older questions are asked again. */
    public void dataOpened() {
        if (step.get() == Step.DONE && settings.get().usedBy() != UsedBy.CLIENTS) {
            safety.load(Profile.ME, answers -> {
                if (!answers.current() && step.get() == Step.DONE) {
                    show(ChecklistAnswers.me(), answers, Reason.QUESTIONS_CHANGED, NOTHING);
                }
            }, e -> { });
        }
    }

    /** Runs {@code start} for the active profile, after its questions if nobody answered them yet. */
    public void beforeSession(Runnable start) {
        if (step.get() != Step.DONE) {
            return;
        }
        Profile who = safety.activeProfile();
        safety.load(who.id(), answers -> {
            if (answers.current()) {
                start.run();
            } else {
                show(who, answers, Reason.FIRST_SESSION, start);
            }
        }, e -> show(who, SafetyAnswers.NOT_ASKED, Reason.FIRST_SESSION, start));
    }

    /** Opens the checklist again (from Help) for the active profile, with the answers given before. */
    public void revisit() {
        ask(safety.activeProfile(), Reason.ASKED, NOTHING);
    }

    /** After "It hurts": things may have changed, so the questions come again. */
    public void rescreenAfterPain() {
        ask(safety.activeProfile(), Reason.AFTER_PAIN, NOTHING);
    }

    private void ask(Profile who, Reason why, Runnable after) {
        Step now = step.get();
        boolean notNow = now == Step.WELCOME || now == Step.EMERGENCY;
        if (asking || notNow && why != Reason.FIRST_RUN) {
            return;
        }
        asking = true;
        safety.load(who.id(), answers -> show(who, answers, why, after),
                e -> show(who, SafetyAnswers.NOT_ASKED, why, after));
    }

    private void show(Profile who, SafetyAnswers kept, Reason why, Runnable after) {
        asking = false;
        then = after;
        answers.show(who, kept);
        reason.set(why);
        step.set(Step.RED_FLAGS);
    }

    /**
     * Closes the checklist and keeps the answers with the profile. An emergency sign leaves them to
     * be asked again; for a person's own back it also takes back the acceptance, so the app never
     * opens for exercise past it.
     */
    public void continueFromChecklist() {
        if (step.get() != Step.RED_FLAGS) {
            return;
        }
        SafetyAnswers given = answers.given();
        safety.save(answers.whoseId(), given);
        RedFlags.Outcome outcome = RedFlags.outcome(given.redFlags());
        if (outcome == RedFlags.Outcome.EMERGENCY) {
            if (isMe() && settings.get().usedBy() != UsedBy.CLIENTS) {
                settings.update(s -> s.withOnboardingAccepted(false));
            }
            sawEmergency.set(true);
            step.set(Step.EMERGENCY);
            return;
        }
        settings.update(s -> s.withOnboardingAccepted(true));
        if (outcome == RedFlags.Outcome.SEE_DOCTOR) {
            step.set(Step.ADVICE);
        } else {
            finish();
        }
    }

    private void finish() {
        step.set(Step.DONE);
        Runnable next = then;
        then = NOTHING;
        next.run();
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

    /** A check opened from Help, or before a session, may be closed without answering: nothing changes. */
    public boolean canCancel() {
        return step.get() == Step.RED_FLAGS && (reason.get() == Reason.FIRST_SESSION
                || reason.get() == Reason.ASKED && settings.get().onboardingAccepted());
    }

    public void cancel() {
        if (canCancel()) {
            then = NOTHING;
            step.set(Step.DONE);
        }
    }

    /** The person read the see-a-doctor advice and chose to carry on gently. */
    public void acknowledge() {
        if (step.get() == Step.ADVICE) {
            finish();
        }
    }

    /** True while the answers on screen are the person's own ("Me"), not a client's. */
    public boolean isMe() {
        return answers.isMe();
    }

    /** Whose answers the checklist holds. */
    public ReadOnlyObjectProperty<Profile> whoseProperty() {
        return answers.whose;
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

    /** Becomes true when the first run was answered "for my clients": the Profiles page comes next. */
    public ReadOnlyBooleanProperty forClientsProperty() {
        return forClients;
    }

    public ObservableSet<String> ticked() {
        return answers.ticked;
    }

    /** Conditions that apply (pregnancy, osteoporosis…): they bring the matching cautions forward. */
    public ObservableSet<String> conditions() {
        return answers.conditions;
    }
}
