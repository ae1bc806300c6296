package org.limber.ui.routines;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import org.limber.library.BreathingPattern;
import org.limber.library.Dosage;
import org.limber.library.DosageWords;
import org.limber.library.Sides;
import org.limber.routine.Step;

/** The selected step's editor. Valid edits go to the builder at once; invalid ones stay here. */
public final class StepEditorViewModel {

    public static final int MAX_NOTE = 1000;

    private final RoutineBuilderViewModel builder;
    private final DosageWords words;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final StepField sets = new StepField("sets", 1, 20);
    private final StepField reps = new StepField("reps", 1, 100);
    private final StepField hold = new StepField("hold", 0, Dosage.MAX_HOLD_SECONDS);
    private final StepField rest = new StepField("rest", 0, 600);
    private final StepField inhale = new StepField("inhale", 1, 30);
    private final StepField exhale = new StepField("exhale", 1, 30);
    private final StepField cycles = new StepField("cycles", 1, 200);
    private final ObjectProperty<Sides> sides = new SimpleObjectProperty<>(Sides.NONE);
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper breathing = new ReadOnlyBooleanWrapper(false);
    private boolean loading;

    /** {@code words} puts the step's dose into the sentence the editor shows under its numbers. */
    public StepEditorViewModel(RoutineBuilderViewModel builder, DosageWords words) {
        this.builder = builder;
        this.words = words;
        builder.selectedStepProperty().addListener((obs, old, now) -> reload());
        builder.steps().addListener((ListChangeListener<Step>) c -> reload());
        for (StepField field : fields()) {
            field.textProperty().addListener((obs, old, now) -> push(field.key()));
        }
        sides.addListener((obs, old, now) -> push("sides"));
        note.addListener((obs, old, now) -> push("note"));
        reload();
    }

    public List<StepField> fields() {
        return List.of(sets, reps, hold, rest, inhale, exhale, cycles);
    }

    private void reload() {
        int index = builder.selectedStepProperty().get();
        boolean has = index >= 0 && index < builder.steps().size();
        active.set(has);
        if (!has) {
            summary.set("");
            return;
        }
        Step step = builder.steps().get(index);
        summary.set(words.describe(step.dosage(), step.breathing()));
        loading = true;
        try {
            Dosage d = step.dosage();
            sets.show(d.sets());
            reps.show(d.reps());
            hold.show(d.holdSeconds());
            rest.show(d.restSeconds());
            sides.set(d.sides());
            note.set(step.note());
            BreathingPattern b = step.breathing();
            breathing.set(b != null);
            if (b != null) {
                inhale.show(b.inhaleSeconds());
                exhale.show(b.exhaleSeconds());
                cycles.show(b.cycles());
            }
        } finally {
            loading = false;
        }
    }

    private void push(String key) {
        int index = builder.selectedStepProperty().get();
        if (loading || index < 0 || index >= builder.steps().size()) {
            return;
        }
        Step step = builder.steps().get(index);
        Dosage d = step.dosage();
        Dosage dosage = new Dosage(valueOr(sets, d.sets()), valueOr(reps, d.reps()), valueOr(hold, d.holdSeconds()),
                d.repSeconds(), valueOr(rest, d.restSeconds()), sides.get(), d.switchSidesSeconds(), d.getReadySeconds());
        BreathingPattern b = step.breathing();
        BreathingPattern pattern = b == null ? null : new BreathingPattern(valueOr(inhale, b.inhaleSeconds()),
                b.holdInSeconds(), valueOr(exhale, b.exhaleSeconds()), b.holdOutSeconds(), valueOr(cycles, b.cycles()));
        String text = note.get() == null ? "" : note.get();
        String kept = text.length() > MAX_NOTE ? step.note() : text;
        builder.replaceStep(index, new Step(step.exerciseId(), dosage, pattern, kept), key);
    }

    private static int valueOr(StepField field, int fallback) {
        return field.valid() ? field.value() : fallback;
    }

    public StepField sets() {
        return sets;
    }

    public StepField reps() {
        return reps;
    }

    public StepField hold() {
        return hold;
    }

    public StepField rest() {
        return rest;
    }

    public StepField inhale() {
        return inhale;
    }

    public StepField exhale() {
        return exhale;
    }

    public StepField cycles() {
        return cycles;
    }

    public ObjectProperty<Sides> sidesProperty() {
        return sides;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** What the step will do, in words ("3 times at your own pace, press Enter after each..."); follows every valid edit. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty breathingProperty() {
        return breathing.getReadOnlyProperty();
    }
}
