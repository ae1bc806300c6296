package org.limber.storage;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.i18n.Messages;
import org.limber.io.StorageException;
import org.limber.library.Catalogue;
import org.limber.library.Dosage;
import org.limber.library.Sides;
import org.limber.routine.Routine;
import org.limber.routine.Step;
import org.limber.session.Cues;
import org.limber.session.PhaseWords;
import org.limber.session.SessionRecorder;
import org.limber.session.TimeSource;
import org.limber.ui.common.ExercisesModel;
import org.limber.ui.player.SessionViewModel;

/**
 * Run in a child JVM by {@link CrashTest}: plays a long routine of short holds through the real
 * player view-model and clock, recording into a real database, and prints the number of steps
 * committed after each commit, until it is killed.
 */
public final class CrashChild {

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String session = args[1];
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            steps.add(new Step("bridge", new Dosage(1, 1, 0, 1, 0, Sides.NONE, 0, 0), null, ""));
        }
        Routine routine = new Routine("crash", "Crash test", "", steps);
        try (Database db = Database.open(dir)) {
            SqlSessionRecorder sql = new SqlSessionRecorder(db);
            int[] committed = {0};
            SessionRecorder printing = new SessionRecorder() {
                @Override
                public String begin(SessionStart start) throws StorageException {
                    return sql.begin(start);
                }

                @Override
                public void step(String id, StepRecord step) throws StorageException {
                    sql.step(id, step);
                    System.out.println("committed " + (++committed[0]));
                    System.out.flush();
                }

                @Override
                public void finish(String id, Status status, long ended, int done, Integer pain, String notes)
                        throws StorageException {
                    sql.finish(id, status, ended, done, pain, notes);
                }
            };
            BackgroundExecutor now = BackgroundExecutor.sameThread();
            ExercisesModel exercises = new ExercisesModel(() -> new Catalogue(List.of(), List.of()), now);
            Clock wall = Clock.systemUTC();
            SessionViewModel player = new SessionViewModel(routine, new SessionViewModel.Services(exercises,
                    TimeSource.system(wall), wall, printing, now, Cues.silent(),
                    new PhaseWords(new Messages(Locale.ENGLISH)), "me", session, List.of()));
            player.begin(4);
            while (true) {
                player.tick();
                Thread.sleep(2);
            }
        }
    }
}
