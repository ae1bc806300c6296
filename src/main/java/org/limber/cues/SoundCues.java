package org.limber.cues;

import java.util.Arrays;
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
 * Tones and speech on their own worker thread, following the user's settings at each cue. Each
 * tone is placed on the line for its planned moment; a phase's words start only once its tone
 * has been played out, and a tick is left out while words are still being said, so the two
 * never overlap (and never add up to a clipped mix). The closing words are let finish.
 */
public final class SoundCues implements Cues {

    static final double PHASE_HZ = 660;
    static final double TICK_HZ = 880;
    static final double END_HZ = 523.25;
    static final int PHASE_MILLIS = 180;
    static final int TICK_MILLIS = 90;
    static final int END_MILLIS = 200;
    static final int END_HIGH_MILLIS = 320;
    /** Words start at least this long after the last sample of their tone. */
    static final long GAP_NANOS = 40_000_000L;
    /** The closing words may take this long after the player has closed; then they are cut. */
    static final long CLOSING_WORDS_MILLIS = 10_000;

    private final SerialWorker worker = new SerialWorker("limber-cues");
    private final Supplier<Settings> settings;
    private final Supplier<Voice> findVoice;
    private final CueOutput tones;
    private final Ticker ticker;
    private volatile Voice voice;
    private volatile boolean closingWords;

    public SoundCues(Supplier<Settings> settings, String language) {
        this(settings, () -> Speech.detect(System.getProperty("os.name", ""), System.getenv("PATH"), language),
                new CueLine(), Ticker.SYSTEM);
    }

    SoundCues(Supplier<Settings> settings, Supplier<Voice> findVoice, CueOutput tones, Ticker ticker) {
        this.settings = settings;
        this.findVoice = findVoice;
        this.tones = tones;
        this.ticker = ticker;
    }

    /** Looks for the speech engine on the cue worker, never on the UI thread (it reads the PATH folders). */
    private Voice voice() {
        if (voice == null) {
            voice = findVoice.get();
        }
        return voice;
    }

    /** What this machine can do, for Settings: opens nothing, only looks. Blocks; call it off the UI thread. */
    public static CueSupport probe(Settings s, String language) {
        boolean line = CueLine.lineExists();
        boolean voice = Speech.detect(System.getProperty("os.name", ""), System.getenv("PATH"), language).available();
        return new CueSupport(s.tones(), line, s.voice(), voice);
    }

    /** Opens the line and lets it play silence until the session needs it; finds the speech engine. */
    @Override
    public CueSupport prepare() {
        Settings s = settings.get();
        CompletableFuture<CueSupport> ready = new CompletableFuture<>();
        worker.execute(() -> ready.complete(new CueSupport(s.tones(), tones.open(), s.voice(), voice().available())));
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
        phase(words, 0);
    }

    @Override
    public void phase(String words, long lateNanos) {
        Settings s = settings.get();
        long due = ticker.nanoTime() - lateNanos;
        worker.execute(() -> {
            voice().stop();
            long played = s.tones() && !tones.silent() ? tones.play(tone(PHASE_HZ, PHASE_MILLIS, s), due) : due;
            say(words, s, played);
        });
    }

    @Override
    public void countdown(int secondsLeft, long inMillis) {
        Settings s = settings.get();
        long due = ticker.nanoTime() + inMillis * 1_000_000L;
        if (s.tones()) {
            worker.execute(() -> {
                if (!voice().speaking()) {
                    tones.play(tone(TICK_HZ, TICK_MILLIS, s), due);
                }
            });
        }
    }

    @Override
    public void finished(String words) {
        finished(words, 0);
    }

    @Override
    public void finished(String words, long lateNanos) {
        Settings s = settings.get();
        long due = ticker.nanoTime() - lateNanos;
        closingWords = true;
        worker.execute(() -> {
            voice().stop();
            long played = due;
            if (s.tones() && !tones.silent()) {
                byte[] low = tone(END_HZ, END_MILLIS, s);
                byte[] high = tone(END_HZ * 1.5, END_HIGH_MILLIS, s);
                byte[] both = Arrays.copyOf(low, low.length + high.length);
                System.arraycopy(high, 0, both, low.length, high.length);
                played = tones.play(both, due);
            }
            say(words, s, played);
        });
    }

    private static byte[] tone(double hz, int millis, Settings s) {
        return Tones.tone(hz, millis, s.volume() / 100.0);
    }

    /** Says the words once the tone has been played out (right away with tones off). */
    private void say(String words, Settings s, long tonePlayed) {
        if (s.voice() && voice().available() && !words.isBlank()) {
            ticker.sleepUntil(tonePlayed + (s.tones() ? GAP_NANOS : 0));
            voice().say(words, s.volume());
        }
    }

    /** Closes the line once what is queued has played; the closing words are let finish, anything else is cut. */
    @Override
    public void close() {
        Voice current = voice;
        if (current != null && !closingWords) {
            current.stop();
        }
        worker.execute(() -> {
            try {
                if (!voice().await(CLOSING_WORDS_MILLIS)) {
                    voice().stop();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            tones.close();
        });
        worker.finishAndStop();
    }
}
