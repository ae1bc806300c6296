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
import org.limber.routine.Routine;
import org.limber.ui.common.ExercisesModel;
import org.limber.ui.common.FileActions;
import org.limber.ui.common.FileType;

/** Asks where to save the handout, then writes the PDF (figures as vector paths) in the background. */
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

    public void write(Routine routine, HandoutWriter.Audience audience, Window owner) {
        files.saveAndTell(owner, new FileType(i18n.get("handout.fileType"), ".pdf"), FileType.safeName(routine.name()) + ".pdf",
                () -> {
                    LocalDate today = LocalDate.now(clock);
                    Map<String, Exercise> known = new HashMap<>();
                    exercises.exercises().forEach(e -> known.put(e.id(), e));
                    // the figures are drawn as vector paths by the writer, from the same geometry as the screen
                    HandoutWriter writer = new HandoutWriter(i18n, id -> Optional.ofNullable(known.get(id)));
                    return target -> {
                        HandoutWriter.Written written = writer.writeChecked(routine, audience, today, i18n.locale());
                        AtomicFiles.write(target, written.pdf());
                        return new FileActions.Saved(target, note(written));
                    };
                }, "handout.done", "handout.failed");
    }

    /** Honestly, what of the text could not be printed as written ("" when all of it was). */
    private String note(HandoutWriter.Written written) {
        String note = "";
        if (!written.unprintable().isEmpty()) {
            note += i18n.get("handout.unprintable", String.join(" ", written.unprintable()));
        }
        if (written.rightToLeft()) {
            note += (note.isEmpty() ? "" : " ") + i18n.get("handout.rightToLeft");
        }
        return note;
    }
}
