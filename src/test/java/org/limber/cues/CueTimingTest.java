package org.limber.cues;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.limber.settings.Settings;

/** Where and when cues are played, with a fake line, a fake clock and a fake voice: no sound card needed. */
class CueTimingTest {

    static final long MS = 1_000_000L;
    static final long LATENCY = CueLine.LATENCY_NANOS;

    @Test
    void theLineIsFedWithSilenceAndAToneStartsOnItsFrame() {
        CueMixer mixer = new CueMixer();
        byte[] tone = Tones.tone(880, 90, 1.0);
        assertThat(mixer.add(tone, 1000)).isEqualTo(1000);
        byte[] heard = new byte[20_000];
        byte[] block = new byte[2 * 220];
        for (int at = 0; at < heard.length; at += block.length) {
            mixer.fill(block);
            System.arraycopy(block, 0, heard, at, Math.min(block.length, heard.length - at));
        }
        for (int i = 0; i < 1000; i++) {
            assertThat(CuesTest.sample(heard, i)).as("silence before the tone").isZero();
        }
        for (int i = 0; i < tone.length / 2; i++) {
            assertThat(CuesTest.sample(heard, 1000 + i)).isEqualTo(CuesTest.sample(tone, i));
        }
        for (int i = 1000 + tone.length / 2; i < heard.length / 2; i++) {
            assertThat(CuesTest.sample(heard, i)).as("silence after it").isZero();
        }
        assertThat(mixer.add(tone, 10)).as("a frame already written: as soon as possible").isEqualTo(mixer.cursor());
    }

    @Test
    void aDueTimeBecomesTheFrameHeardAFixedLatencyLater() {
        FrameClock frames = new FrameClock(44_100, LATENCY);
        frames.anchor(5_000 * MS, 10_000);
        assertThat(frames.frameFor(6_000 * MS)).isEqualTo(10_000 + 44_100 + Math.round(LATENCY * 44_100 / 1e9));
        assertThat(frames.timeOf(10_000 + 44_100)).isEqualTo(6_000 * MS);
        assertThat(frames.stray(6_020 * MS, 10_000 + 44_100)).isEqualTo(20 * MS);
    }

    @Test
    void theFrameClockFollowsTheEarliestLookingReadingOfEachHalfSecond() {
        FrameClock frames = new FrameClock(44_100, LATENCY);
        frames.anchor(0, 0);
        frames.observe(212 * MS, frame(200));
        frames.observe(503 * MS, frame(500));
        assertThat(frames.timeOf(frame(1000))).as("settling: the earliest-looking reading in full").isEqualTo(1_003 * MS);
        frames.observe(1_010 * MS, frame(1000));
        assertThat(frames.timeOf(frame(1000))).isEqualTo(1_010 * MS);
        frames.observe(1_520 * MS, frame(1500));
        assertThat(frames.timeOf(frame(1000))).as("settled: a 32nd of 10 ms").isEqualTo(1_010_312_500L);
        frames.observe(2_100 * MS, frame(2000));
        assertThat(frames.timeOf(frame(1000))).as("a stall of 89 ms: in full").isEqualTo(1_100 * MS);
        assertThat(frames.corrections()).isEqualTo(4);
    }

    private static long frame(long millis) {
        return millis * 441 / 10;
    }

    @Test
    void wordsStartOnlyAfterTheToneHasPlayedAndTheToneIsOnThePhaseDeadline() throws Exception {
        Fakes f = new Fakes(1_000 * MS);
        SoundCues cues = f.cues(Settings.defaults());
        cues.phase("Hold.", 12 * MS);
        f.closeAndWait(cues);
        assertThat(f.line.dues).containsExactly(988 * MS);
        long toneEnd = 988 * MS + LATENCY + Math.round(Tones.frames(SoundCues.PHASE_MILLIS) * 1e9 / Tones.SAMPLE_RATE);
        assertThat(f.voice.saidAt).hasSize(1);
        assertThat(f.voice.saidAt.get(0)).isGreaterThanOrEqualTo(toneEnd + SoundCues.GAP_NANOS);
        assertThat(f.voice.said).containsExactly("Hold.@" + Settings.defaults().volume());
    }

    @Test
    void aTickIsPlacedOnItsSecondAndLeftOutWhileWordsAreSaid() throws Exception {
        Fakes f = new Fakes(2_000 * MS);
        SoundCues cues = f.cues(Settings.defaults());
        f.voice.busy.addAll(List.of(false, true));
        cues.countdown(3, 37);
        cues.countdown(2, 41);
        f.closeAndWait(cues);
        assertThat(f.line.dues).containsExactly(2_037 * MS);
        assertThat(f.line.lengths).containsExactly(Tones.frames(SoundCues.TICK_MILLIS));
    }

    @Test
    void theClosingWordsAreLetFinishWhenThePlayerCloses() throws Exception {
        Fakes f = new Fakes(0);
        SoundCues cues = f.cues(Settings.defaults());
        cues.finished("Well done.");
        f.closeAndWait(cues);
        assertThat(f.voice.said).hasSize(1);
        assertThat(f.voice.stopsAfterSaying).as("not cut").isZero();
        assertThat(f.voice.awaited).isTrue();
        assertThat(f.line.dues).containsExactly(0L);
        assertThat(f.line.lengths).as("the two closing tones back to back")
                .containsExactly(Tones.frames(SoundCues.END_MILLIS) + Tones.frames(SoundCues.END_HIGH_MILLIS));
    }

    /** A line that plays at once and in order, a clock moved only by waiting, a voice that takes notes. */
    static final class Fakes implements Ticker {
        final FakeLine line = new FakeLine();
        final FakeVoice voice = new FakeVoice(this);
        final CountDownLatch closed = new CountDownLatch(1);
        private volatile long now;

        Fakes(long now) {
            this.now = now;
        }

        SoundCues cues(Settings settings) {
            return new SoundCues(() -> settings, () -> voice, line, this);
        }

        void closeAndWait(SoundCues cues) throws InterruptedException {
            cues.close();
            assertThat(closed.await(10, TimeUnit.SECONDS)).as("the cue worker finished").isTrue();
        }

        @Override
        public long nanoTime() {
            return now;
        }

        @Override
        public void sleepUntil(long nanos) {
            now = Math.max(now, nanos);
        }

        final class FakeLine implements CueOutput {
            final List<Long> dues = new ArrayList<>();
            final List<Integer> lengths = new ArrayList<>();

            @Override
            public boolean open() {
                return true;
            }

            @Override
            public long play(byte[] pcm, long dueNanos) {
                dues.add(dueNanos);
                lengths.add(pcm.length / 2);
                return dueNanos + LATENCY + Math.round(pcm.length / 2 * 1e9 / Tones.SAMPLE_RATE);
            }

            @Override
            public boolean silent() {
                return false;
            }

            @Override
            public void close() {
                closed.countDown();
            }
        }
    }

    static final class FakeVoice implements Voice {
        final List<String> said = new ArrayList<>();
        final List<Long> saidAt = new ArrayList<>();
        final Ticker time;
        /** What speaking() answers, in turn (then no). */
        final Queue<Boolean> busy = new ConcurrentLinkedQueue<>();
        volatile boolean awaited;
        volatile int stopsAfterSaying;

        FakeVoice(Ticker time) {
            this.time = time;
        }

        @Override
        public boolean available() {
            return true;
        }

        @Override
        public void say(String words, int volume) {
            said.add(words + "@" + volume);
            saidAt.add(time.nanoTime());
        }

        @Override
        public boolean speaking() {
            return Boolean.TRUE.equals(busy.poll());
        }

        @Override
        public boolean await(long millis) {
            awaited = true;
            return true;
        }

        @Override
        public void stop() {
            if (!said.isEmpty()) {
                stopsAfterSaying++;
            }
        }
    }
}
