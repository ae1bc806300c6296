package org.limber;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.stage.Window;
import org.limber.handout.HandoutWriter;
import org.limber.i18n.Messages;
import org.limber.settings.Settings;
import org.limber.library.Condition;
import org.limber.profile.Profile;
import org.limber.routine.Routine;
import org.limber.ui.common.AppSettings;
import org.limber.ui.profiles.ProfilesViewModel;
import org.limber.ui.routines.HandoutAction;
import org.limber.ui.routines.RoutineActions;
import org.limber.ui.routines.RoutineFileActions;

/** What the Routines page asks of the rest of the app: play, export, import, a handout. */
final class RoutinePageActions implements RoutineActions {

    private final Consumer<Routine> start;
    private final RoutineFileActions routineFiles;
    private final HandoutAction handouts;
    private final ProfilesViewModel profiles;
    private final AppSettings settings;
    private final Messages i18n;

    RoutinePageActions(Consumer<Routine> start, RoutineFileActions routineFiles, HandoutAction handouts,
            ProfilesViewModel profiles, AppSettings settings, Messages i18n) {
        this.i18n = i18n;
        this.start = start;
        this.routineFiles = routineFiles;
        this.handouts = handouts;
        this.profiles = profiles;
        this.settings = settings;
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

    /**
     * Who a handout is for. For me: only the cautions for the conditions given in the safety
     * check; for a client, whose conditions are not recorded, every caution.
     */
    private HandoutWriter.Audience audience() {
        Profile active = profiles.activeProperty().get();
        List<String> codes = settings.get().conditions();
        Set<Condition> conditions = !AppContext.PROFILE.equals(active.id()) ? null : Arrays.stream(Condition.values())
                .filter(c -> codes.contains(c.code())).collect(Collectors.toSet());
        Settings.Practice practice = settings.get().practice();
        return new HandoutWriter.Audience(active.name(), conditions,
                HandoutWriter.practiceLine(i18n, practice.name(), practice.phone()));
    }
}
