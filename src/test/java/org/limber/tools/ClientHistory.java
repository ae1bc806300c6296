package org.limber.tools;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.limber.plan.Plan;
import org.limber.plan.PlanStore;
import org.limber.routine.Routine;
import org.limber.routine.RoutineStore;
import org.limber.session.SessionRecorder;

/**
 * A physiotherapist's client: three routines, each with a plan, and a history over {@code days}
 * days with pain easing, some sessions skipped through, stopped or left unfinished, and notes.
 */
public final class ClientHistory {

    public static final String[] NAMES = {"Back spasm relief, gentle", "Lower-back yoga", "Breathing and relaxation"};
    private static final String[][] STEPS = {
        {"knee-to-chest", "Knee-to-chest stretch", "pelvic-tilt", "Pelvic tilt"},
        {"balasana", "Child's pose", "cat-cow", "Cat-cow"},
        {"deep-breathing", "Deep belly breathing", "shavasana", "Corpse pose"}};
    private static final int[] PLANNED = {600, 900, 300};

    private ClientHistory() {
    }

    /** Routines r0..r2 with a plan each (daily, weekdays, weekends), sessions ending yesterday; returns the count. */
    public static int make(RoutineStore routines, PlanStore plans, SessionRecorder recorder, String profile,
            LocalDate today, int days, long seed) throws Exception {
        List<Set<DayOfWeek>> when = List.of(Set.of(DayOfWeek.values()),
                Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), Set.of(DayOfWeek.SATURDAY));
        for (int r = 0; r < NAMES.length; r++) {
            routines.save(profile, new Routine("r" + r, NAMES[r], "", List.of()), List.of());
            plans.savePlan(new Plan("p" + r, profile, "r" + r, NAMES[r], List.of(LocalTime.of(8 + r * 4, 0)),
                    when.get(r), today.minusDays(days), null));
        }
        Random random = new Random(seed);
        int count = 0;
        for (int d = days; d >= 1; d--) {
            LocalDate date = today.minusDays(d);
            int sessions = random.nextInt(10) < 2 ? 0 : random.nextInt(10) < 2 ? 2 : 1;
            for (int k = 0; k < sessions; k++) {
                int r = random.nextInt(NAMES.length);
                double progress = 1 - (double) d / days;
                Integer before = random.nextInt(8) == 0 ? null : clamp(Math.round(7 - 4 * progress + random.nextGaussian()));
                Integer after = before == null || random.nextInt(6) == 0 ? null : clamp(before - 1 - random.nextInt(2));
                int kind = random.nextInt(20);
                int planned = PLANNED[r];
                int done = kind == 0 ? planned / 30 : kind == 1 ? planned * 2 / 5 : kind == 2 ? planned / 2 : planned;
                long start = date.atTime(7 + k * 6 + random.nextInt(5), random.nextInt(60)).toInstant(ZoneOffset.UTC)
                        .toEpochMilli();
                String id = "c" + seed + "-" + d + "-" + k;
                recorder.begin(new SessionRecorder.SessionStart(id, profile, "r" + r, NAMES[r], start, date.toString(),
                        planned, before));
                boolean hurt = kind == 1 || random.nextInt(15) == 0;
                recorder.step(id, new SessionRecorder.StepRecord(0, STEPS[r][0], STEPS[r][1], planned / 2,
                        Math.min(done, planned / 2), SessionRecorder.StepResult.DONE, start + 1000));
                recorder.step(id, new SessionRecorder.StepRecord(1, STEPS[r][2], STEPS[r][3], planned - planned / 2,
                        Math.max(0, done - planned / 2), hurt ? SessionRecorder.StepResult.HURT
                                : done < planned ? SessionRecorder.StepResult.SKIPPED : SessionRecorder.StepResult.DONE,
                        start + 2000));
                if (kind != 2) {
                    String note = random.nextInt(6) == 0 ? "Day " + d + ": the left side felt tight" : null;
                    recorder.finish(id, kind == 1 ? SessionRecorder.Status.STOPPED : SessionRecorder.Status.COMPLETED,
                            start + done * 1000L, done, after, note);
                }
                count++;
            }
        }
        return count;
    }

    private static int clamp(long pain) {
        return (int) Math.max(0, Math.min(10, pain));
    }
}
