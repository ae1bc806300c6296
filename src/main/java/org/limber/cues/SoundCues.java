package org.limber.cues;

import java.util.function.Supplier;
import org.limber.concurrent.SerialWorker;
import org.limber.session.Cues;
import org.limber.settings.Settings;

/** Tones and speech on their own worker thread, following the user's settings at each cue. */
public final class SoundCues implements Cues {

    static final double PHASE_HZ = 660;
    static final double TICK_HZ = 880;
    static final double END_HZ = 523.25;

    private final SerialWorker worker = new SerialWorker("limber-cues");
    private final TonePlayer tones = new TonePlayer();
    private final Supplier<Settings> settings;
    private final String language;
    private volatile Speech speech;

    public SoundCues(Supplier<Settings> settings, String language) {
        this.settings = settings;
        this.language = language;
    }

    /** Looks for the speech engine on the cue worker, never on the UI thread (it reads the PATH folders). */
    private Speech speech() {
        if (speech == null) {
            speech = Speech.detect(System.getProperty("os.name", ""), System.getenv("PATH"), language);
        }
        return speech;
    }

    @Override
    public void prepare() {
        worker.execute(() -> {
            tones.open();
            speech();
        });
    }

    @Override
    public void phase(String words) {
        Settings s = settings.get();
        worker.execute(() -> {
            if (s.tones()) {
                tones.play(Tones.tone(PHASE_HZ, 180, s.volume() / 100.0));
            }
            if (s.voice()) {
                speech().say(words);
            }
        });
    }

    @Override
    public void countdown(int secondsLeft) {
        Settings s = settings.get();
        if (s.tones()) {
            worker.execute(() -> tones.play(Tones.tone(TICK_HZ, 90, s.volume() / 100.0)));
        }
    }

    @Override
    public void finished(String words) {
        Settings s = settings.get();
        worker.execute(() -> {
            if (s.tones()) {
                tones.play(Tones.tone(END_HZ, 200, s.volume() / 100.0));
                tones.play(Tones.tone(END_HZ * 1.5, 320, s.volume() / 100.0));
            }
            if (s.voice()) {
                speech().say(words);
            }
        });
    }

    @Override
    public void close() {
        Speech current = speech;
        if (current != null) {
            current.stop();
        }
        worker.execute(tones::close);
        worker.finishAndStop();
    }
}
