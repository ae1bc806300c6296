package org.limber.ui.routines;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.stage.Window;
import org.limber.handout.HandoutWriter;
import org.limber.i18n.Messages;
import org.limber.io.AtomicFiles;
import org.limber.library.Exercise;
import org.limber.library.figure.StillImage;
import org.limber.routine.Routine;
import org.limber.routine.Step;
import org.limber.ui.common.ExercisesModel;
import org.limber.ui.common.FileActions;
import org.limber.ui.common.FileType;
import org.limber.ui.common.figure.FigureStills;

/** Asks where to save the handout, draws its figures on the FX thread, then writes the PDF in the background. */
public final class HandoutAction {

    private final ExercisesModel exercises;
    private final FileActions files;
    private final Messages i18n;
    private final Clock clock;

    public HandoutAction(ExercisesModel exercises, FileActions files, Messages i18n, Clock clock) {
        this.exercises = exercises;
        this.files = files;
        this.i18n = i18n;
        this.clock = clock;
    }

    public void write(Routine routine, String forWhom, Window owner) {
        files.save(owner, new FileType(i18n.get("handout.fileType"), ".pdf"), FileType.safeName(routine.name()) + ".pdf",
                () -> {
                    LocalDate today = LocalDate.now(clock);
                    Map<String, Exercise> known = new HashMap<>();
                    exercises.exercises().forEach(e -> known.put(e.id(), e));
                    Map<String, StillImage> stills = new HashMap<>();
                    for (Step step : routine.steps()) {
                        Exercise e = known.get(step.exerciseId());
                        if (e != null && e.animation() != null && !stills.containsKey(e.id())) {
                            stills.put(e.id(), FigureStills.render(e.animation(), 360, 255));
                        }
                    }
                    HandoutWriter writer = new HandoutWriter(i18n, id -> Optional.ofNullable(known.get(id)), stills);
                    return target -> {
                        AtomicFiles.write(target, writer.write(routine, forWhom, today, i18n.locale()));
                        return target;
                    };
                }, "handout.done", "handout.failed");
    }
}
