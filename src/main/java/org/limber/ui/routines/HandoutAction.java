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

    private final org.limber.ui.library.ExercisesModel exercises;
    private final BackgroundExecutor executor;
    private final Messages i18n;
    private final Clock clock;
    private final Consumer<String> status;

    public HandoutAction(org.limber.ui.library.ExercisesModel exercises, BackgroundExecutor executor, Messages i18n, Clock clock,
            Consumer<String> status) {
        this.exercises = exercises;
        this.executor = executor;
        this.i18n = i18n;
        this.clock = clock;
        this.status = status;
    }

    public void write(Routine routine, HandoutWriter.Audience audience, Window owner) {
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
                stills.put(e.id(), org.limber.ui.figure.FigureStills.render(e.animation(), 360, 255));
            }
        }
        HandoutWriter writer = new HandoutWriter(i18n, id -> java.util.Optional.ofNullable(known.get(id)), stills);
        executor.submit(() -> {
            HandoutWriter.Written written = writer.writeChecked(routine, audience, today, i18n.locale());
            AtomicFiles.write(target, written.pdf());
            return written;
        }, written -> status.accept(doneMessage(target, written)), e -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, i18n.get("handout.failed", target + ": " + e.getMessage()));
            alert.initOwner(owner);
            alert.show();
        });
    }

    /** Saved, and honestly what of the text could not be printed as written. */
    private String doneMessage(Path target, HandoutWriter.Written written) {
        String message = i18n.get("handout.done", target);
        if (!written.unprintable().isEmpty()) {
            message += " " + i18n.get("handout.unprintable", String.join(" ", written.unprintable()));
        }
        if (written.rightToLeft()) {
            message += " " + i18n.get("handout.rightToLeft");
        }
        return message;
    }
}
