package org.limber;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.value.ObservableValue;
import javafx.stage.Window;
import org.limber.handout.HandoutWriter;
import org.limber.i18n.Messages;
import org.limber.settings.Settings;
import org.limber.library.Condition;
import org.limber.routine.Routine;
import org.limber.safety.SafetyAnswers;
import org.limber.ui.common.AppSettings;
import org.limber.ui.common.ProfileSafety;
import org.limber.ui.routines.HandoutAction;
import org.limber.ui.routines.RoutineActions;
import org.limber.ui.routines.RoutineFileActions;

/** What the Routines page asks of the rest of the app: play, export, import, a handout. */
final class RoutinePageActions implements RoutineActions {

    private final Consumer<Routine> start;
    private final RoutineFileActions routineFiles;
    private final HandoutAction handouts;
    private final ProfileSafety safety;
    private final AppSettings settings;
    private final Messages i18n;

    RoutinePageActions(Consumer<Routine> start, RoutineFileActions routineFiles, HandoutAction handouts,
            ProfileSafety safety, AppSettings settings, Messages i18n) {
        this.settings = settings;
        this.i18n = i18n;
        this.start = start;
        this.routineFiles = routineFiles;
        this.handouts = handouts;
        this.safety = safety;
    }

    @Override
    public void start(Routine routine) {
        start.accept(routine);
    }

    @Override
    public void exportRoutine(Routine routine, Window owner) {
        routineFiles.exportRoutine(routine, owner);
    }

    @Override
    public void importRoutine(Window owner) {
        routineFiles.importRoutine(owner);
    }

    @Override
    public void handout(Routine routine, Window owner) {
        handouts.write(routine, audience(), owner);
    }

    @Override
    public ObservableValue<?> conditions() {
        return safety.activeAnswersProperty();
    }

    /**
     * Who a handout is for: the active profile, with only the cautions for the conditions kept
     * with it. For a profile nobody has answered for, nothing is known: every caution ("anyone").
     */
    private HandoutWriter.Audience audience() {
        SafetyAnswers answers = safety.activeAnswersProperty().get();
        Set<Condition> conditions = answers.unknown() ? null : Arrays.stream(Condition.values())
                .filter(c -> answers.conditions().contains(c.code())).collect(Collectors.toSet());
        Settings.Practice practice = settings.get().practice();
        return new HandoutWriter.Audience(safety.activeProfile().name(), conditions,
                HandoutWriter.practiceLine(i18n, practice.name(), practice.phone()));
    }
}
