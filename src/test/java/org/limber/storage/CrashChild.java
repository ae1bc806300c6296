package org.limber.storage;

import java.nio.file.Path;
import org.limber.session.SessionRecorder;

/**
 * Run in a child JVM by {@link CrashTest}: records one step after another, each in its own
 * transaction, and prints the count after every commit, until it is killed.
 */
public final class CrashChild {

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String session = args[1];
        try (Database db = Database.open(dir)) {
            SqlSessionRecorder recorder = new SqlSessionRecorder(db);
            recorder.begin(new SessionRecorder.SessionStart(session, "me", null, "Crash", 0, "2026-11-22", 600, 3));
            for (int i = 0; i < 100_000; i++) {
                recorder.step(session, new SessionRecorder.StepRecord(i, "bridge", "Bridge", 30, 30,
                        SessionRecorder.StepResult.DONE, i));
                System.out.println("committed " + (i + 1));
                System.out.flush();
            }
        }
    }
}
