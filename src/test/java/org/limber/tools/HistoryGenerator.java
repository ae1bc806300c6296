package org.limber.tools;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;
import org.limber.session.SessionRecorder;

/** Makes a believable history for screenshots and benchmarks: most days, pain slowly easing. */
public final class HistoryGenerator {

    private static final String[][] ROUTINES = {
        {"Back spasm relief, gentle", "knee-to-chest", "Knee-to-chest stretch", "pelvic-tilt", "Pelvic tilt"},
        {"Lower-back yoga", "balasana", "Child's pose", "cat-cow", "Cat-cow"},
        {"Breathing and relaxation", "deep-breathing", "Deep belly breathing", "shavasana", "Corpse pose"}};

    private HistoryGenerator() {
    }

    /** Sessions on about five days in seven over {@code days} days ending yesterday. */
    public static int generate(SessionRecorder recorder, String profile, LocalDate today, int days, long seed)
            throws Exception {
        Random random = new Random(seed);
        int count = 0;
        for (int d = days; d >= 1; d--) {
            LocalDate date = today.minusDays(d);
            if (random.nextInt(7) >= 5) {
                continue;
            }
            String[] routine = ROUTINES[random.nextInt(ROUTINES.length)];
            double progress = 1 - (double) d / days;
            int before = clamp((int) Math.round(7 - 4 * progress + random.nextGaussian()));
            int after = clamp(before - 1 - random.nextInt(2));
            long start = date.atTime(7 + random.nextInt(13), random.nextInt(60)).atZone(ZoneId.systemDefault())
                    .toInstant().toEpochMilli();
            int planned = routine[0].startsWith("Lower") ? 900 : routine[0].startsWith("Breathing") ? 300 : 600;
            boolean stopped = random.nextInt(12) == 0;
            int done = stopped ? planned / 2 : planned;
            String id = "gen-" + seed + "-" + d;
            recorder.begin(new SessionRecorder.SessionStart(id, profile, null, routine[0], start, date.toString(),
                    planned, before));
            recorder.step(id, new SessionRecorder.StepRecord(0, routine[1], routine[2], planned / 2, done / 2,
                    SessionRecorder.StepResult.DONE, start + done * 500L));
            recorder.step(id, new SessionRecorder.StepRecord(1, routine[3], routine[4], planned / 2, done - done / 2,
                    stopped ? SessionRecorder.StepResult.HURT : SessionRecorder.StepResult.DONE, start + done * 1000L));
            recorder.finish(id, stopped ? SessionRecorder.Status.STOPPED : SessionRecorder.Status.COMPLETED,
                    start + done * 1000L, done, after, stopped ? "Stopped: the back tightened" : null);
            count++;
        }
        return count;
    }

    private static int clamp(int pain) {
        return Math.max(0, Math.min(10, pain));
    }
}
