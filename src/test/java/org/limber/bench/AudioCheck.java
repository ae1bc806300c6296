package org.limber.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.limber.cues.SoundCues;
import org.limber.i18n.Messages;
import org.limber.library.BreathingPattern;
import org.limber.library.Dosage;
import org.limber.library.Sides;
import org.limber.routine.Routine;
import org.limber.routine.Step;
import org.limber.session.Phase;
import org.limber.session.PhaseWords;
import org.limber.session.SessionClock;
import org.limber.session.SessionListener;
import org.limber.session.TimeSource;
import org.limber.session.Timeline;
import org.limber.settings.Settings;

/**
 * Plays a short routine's cues through the real cue engine (no window), with the session clock
 * read by a 60 Hz frame loop that is not in step with the routine, as in the app. Writes the
 * plan of every cue (milliseconds from the session start) for bench/audio-analyse.py, which
 * measures the recording. Arguments: the plan file, and how long the pain screen stays between
 * opening the line and the first phase (milliseconds, default 1500). Run by bench/audio-check.sh,
 * not by the build.
 */
public final class AudioCheck {

    static final long FRAME_NANOS = 16_666_667L;

    private AudioCheck() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path planFile = Path.of(args[0]);
        Map<String, String> names = Map.of("knee", "Knee to chest", "breath", "Belly breathing");
        Routine routine = new Routine("audio", "Audio check", "", List.of(
                new Step("knee", new Dosage(1, 2, 6, 0, 4, Sides.NONE, 0, 3), null, ""),
                new Step("breath", new Dosage(1, 1, 0, 0, 0, Sides.NONE, 0, 3), new BreathingPattern(4, 2, 5, 0, 2), ""),
                new Step("knee", new Dosage(1, 1, 5, 0, 0, Sides.NONE, 0, 3), null, "")));
        Timeline timeline = Timeline.of(routine, names::get);
        PhaseWords words = new PhaseWords(new Messages(Locale.ENGLISH));
        Settings settings = Settings.defaults();
        SoundCues cues = new SoundCues(() -> settings, "en");
        System.out.println("prepare: " + cues.prepare());
        long painScreen = args.length > 1 ? Long.parseLong(args[1]) : 1500;
        System.out.println("session starts " + painScreen + " ms after the line was opened (the pain screen)");
        Thread.sleep(painScreen);
        TimeSource time = TimeSource.system(Clock.systemUTC());
        try (PrintWriter plan = new PrintWriter(Files.newBufferedWriter(planFile))) {
            plan.println("kind,planned_ms,hz,millis,words");
            SessionClock[] clock = new SessionClock[1];
            SessionListener listener = new SessionListener() {
                @Override
                public void phaseStarted(int index, Phase phase) {
                    String said = words.cue(phase, true);
                    String shown = said.replace(",", " ");
                    plan.printf(Locale.ROOT, "phase,%d,660,180,%s%n", timeline.startOf(index), shown);
                    cues.phase(said, Math.max(0, time.monotonicNanos() - clock[0].phaseStartNanos()));
                }

                @Override
                public void countdown(int index, int secondsLeft, long inMillis) {
                    plan.printf(Locale.ROOT, "tick,%d,880,90,%n", timeline.startOf(index + 1) - secondsLeft * 1000L);
                    cues.countdown(secondsLeft, inMillis);
                }

                @Override
                public void stepFinished(int step, long millisSpent, boolean workDone) {
                }

                @Override
                public void finished() {
                    String said = words.finished();
                    long end = timeline.totalMillis();
                    plan.printf(Locale.ROOT, "end,%d,523.25,200,%n", end);
                    plan.printf(Locale.ROOT, "end,%d,784.875,320,%s%n", end + 200, said);
                    plan.printf(Locale.ROOT, "volume,%d,0,0,%n", settings.volume());
                    cues.finished(said, Math.max(0, time.monotonicNanos() - clock[0].phaseStartNanos()));
                }

                @Override
                public void suspended() {
                }
            };
            clock[0] = new SessionClock(timeline, time, listener);
            long start = System.nanoTime();
            clock[0].start();
            long nextFrame = start + 9_000_000L;
            while (!clock[0].isFinished()) {
                LockSupport.parkNanos(nextFrame - System.nanoTime());
                nextFrame += FRAME_NANOS;
                clock[0].update();
            }
        }
        Thread.sleep(600);
        System.out.println("player closed 0.6 s after the end");
        cues.close();
        Thread.sleep(8000);
    }
}
