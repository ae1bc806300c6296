package org.limber.cues;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.limber.concurrent.SerialWorker;
import org.limber.session.CueSupport;
import org.limber.session.Cues;
import org.limber.settings.Settings;

/**
 * Tones and speech on their own worker thread, following the user's settings at each cue. A
 * phase's words are spoken only after its tone has been heard, and a tick is left out while
 * words are still being said, so the two never overlap (and never add up to a clipped mix).
 */
public final class SoundCues implements Cues {

    static final double PHASE_HZ = 660;
    static final double TICK_HZ = 880;
    static final double END_HZ = 523.25;
    /** The closing words may take this long before the line is closed. */
    static final long CLOSING_WORDS_MILLIS = 10_000;

    private final SerialWorker worker = new SerialWorker("limber-cues");
    private final TonePlayer tones = new TonePlayer();
    private final Supplier<Settings> settings;
    private final String language;
    private volatile Speech speech;
    private volatile boolean closingWords;

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

    /** What this machine can do, for Settings: opens nothing, only looks. Blocks; call it off the UI thread. */
    public static CueSupport probe(Settings s, String language) {
        boolean line = TonePlayer.lineExists();
        boolean voice = Speech.detect(System.getProperty("os.name", ""), System.getenv("PATH"), language).available();
        return new CueSupport(s.tones(), line, s.voice(), voice);
    }

    @Override
    public CueSupport prepare() {
        Settings s = settings.get();
        CompletableFuture<CueSupport> ready = new CompletableFuture<>();
        worker.execute(() -> ready.complete(new CueSupport(s.tones(), tones.open(), s.voice(), speech().available())));
        try {
            return ready.get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CueSupport.ALL;
        } catch (ExecutionException | TimeoutException e) {
            return CueSupport.ALL;
        }
    }

    @Override
    public void phase(String words) {
        Settings s = settings.get();
        worker.execute(() -> {
            speech().stop();
            if (s.tones()) {
                tones.play(Tones.tone(PHASE_HZ, 180, s.volume() / 100.0));
                tones.drain();
            }
            if (s.voice()) {
                speech().say(words, s.volume());
            }
        });
    }

    @Override
    public void countdown(int secondsLeft, long inMillis) {
        Settings s = settings.get();
        long due = System.nanoTime() + inMillis * 1_000_000L;
        if (s.tones()) {
            worker.execute(() -> {
                if (!speech().speaking()) {
                    long delay = Math.max(0, (due - System.nanoTime()) / 1_000_000L);
                    tones.play(Tones.tone(TICK_HZ, 90, s.volume() / 100.0), delay);
                }
            });
        }
    }

    @Override
    public void finished(String words) {
        Settings s = settings.get();
        closingWords = true;
        worker.execute(() -> {
            speech().stop();
            if (s.tones()) {
                tones.play(Tones.tone(END_HZ, 200, s.volume() / 100.0));
                tones.play(Tones.tone(END_HZ * 1.5, 320, s.volume() / 100.0));
                tones.drain();
            }
            if (s.voice()) {
                speech().say(words, s.volume());
            }
        });
    }

    /** Closes the line once what is queued has played; the closing words are let finish, anything else is cut. */
    @Override
    public void close() {
        Speech current = speech;
        if (current != null && !closingWords) {
            current.stop();
        }
        worker.execute(() -> {
            try {
                speech().await(CLOSING_WORDS_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            tones.close();
        });
        worker.finishAndStop();
    }
}
