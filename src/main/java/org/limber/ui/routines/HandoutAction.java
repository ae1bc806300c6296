package org.limber.ui.routines;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.handout.HandoutWriter;
import org.limber.i18n.Messages;
import org.limber.io.AtomicFiles;
import org.limber.routine.Routine;

/** Asks where to save the handout, then writes the PDF in the background. */
public final class HandoutAction {

    private final org.limber.ui.common.ExercisesModel exercises;
    private final BackgroundExecutor executor;
    private final Messages i18n;
    private final Clock clock;
    private final Consumer<String> status;

    public HandoutAction(org.limber.ui.common.ExercisesModel exercises, BackgroundExecutor executor, Messages i18n, Clock clock,
            Consumer<String> status) {
        this.exercises = exercises;
        this.executor = executor;
        this.i18n = i18n;
        this.clock = clock;
        this.status = status;
    }

    public void write(Routine routine, String forWhom, Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("handout.fileType"), "*.pdf"));
        chooser.setInitialFileName(RoutineFileActions.safeName(routine.name()) + ".pdf");
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return;
        }
        Path target = chosen.getName().endsWith(".pdf") ? chosen.toPath() : chosen.toPath().resolveSibling(chosen.getName() + ".pdf");
        LocalDate today = LocalDate.now(clock);
        java.util.Map<String, org.limber.library.Exercise> known = new java.util.HashMap<>();
        exercises.exercises().forEach(e -> known.put(e.id(), e));
        java.util.Map<String, org.limber.library.figure.StillImage> stills = new java.util.HashMap<>();
        for (org.limber.routine.Step step : routine.steps()) {
            org.limber.library.Exercise e = known.get(step.exerciseId());
            if (e != null && e.animation() != null && !stills.containsKey(e.id())) {
                stills.put(e.id(), org.limber.ui.common.figure.FigureStills.render(e.animation(), 360, 255));
            }
        }
        HandoutWriter writer = new HandoutWriter(i18n, id -> java.util.Optional.ofNullable(known.get(id)), stills);
        executor.submit(() -> {
            AtomicFiles.write(target, writer.write(routine, forWhom, today, i18n.locale()));
            return target;
        }, written -> status.accept(i18n.get("handout.done", written)), e -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, i18n.get("handout.failed", target + ": " + e.getMessage()));
            alert.initOwner(owner);
            alert.show();
        });
    }
}
