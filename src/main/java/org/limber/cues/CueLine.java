package org.limber.cues;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import org.limber.concurrent.SerialWorker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One sound line, open for the session and fed without a break by its own thread (silence
 * between cues), so it never runs empty and a sound server never drops the start of a tone.
 * Each tone is placed on the frame that plays {@link #LATENCY_NANOS} after it is due, so ticks
 * land on their second and every cue keeps the same distance to the plan, the first one too.
 * With no audio line (no sound card) it stays silent and says so once in the log.
 */
final class CueLine implements CueOutput {

    private static final Logger LOG = LoggerFactory.getLogger(CueLine.class);
    static final AudioFormat FORMAT = new AudioFormat(Tones.SAMPLE_RATE, 16, 1, true, false);
    static final int BLOCK_MILLIS = 5;
    /** Enough for the feeder to miss a few turns on a busy machine without the line running empty. */
    static final int BUFFER_MILLIS = 80;
    /** From due to heard: room for a phase seen a frame late, the worker's queue and the line's buffer. */
    static final long LATENCY_NANOS = 120_000_000L;
    private static final long WAIT_NANOS = 2_000_000_000L;

    private final CueMixer mixer = new CueMixer();
    private final FrameClock frames = new FrameClock(Tones.SAMPLE_RATE, LATENCY_NANOS);
    private volatile SourceDataLine line;
    private volatile boolean running;
    private boolean unavailable;
    private SerialWorker feeder;

    /** True when the system has an output line for the tones (opens nothing). */
    static boolean lineExists() {
        try {
            return AudioSystem.isLineSupported(new DataLine.Info(SourceDataLine.class, FORMAT));
        } catch (IllegalArgumentException | SecurityException e) {
            return false;
        }
    }

    @Override
    public synchronized boolean open() {
        if (line != null || unavailable) {
            return line != null;
        }
        try {
            DataLine.Info info = new DataLine.Info(SourceDataLine.class, FORMAT);
            if (!AudioSystem.isLineSupported(info)) {
                throw new LineUnavailableException("no audio output line");
            }
            SourceDataLine opened = (SourceDataLine) AudioSystem.getLine(info);
            opened.open(FORMAT, Tones.frameBytes(BUFFER_MILLIS));
            opened.start();
            line = opened;
            running = true;
            feeder = new SerialWorker("limber-cue-line");
            feeder.execute(this::feed);
            awaitPlaying(opened);
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            unavailable = true;
            LOG.info("No sound output ({}); cues are shown as text only", e.getMessage());
        }
        return line != null;
    }

    /**
     * Waits until the line plays (a server may hold the first buffer back, or skip, while a new
     * stream settles), anchors on it, and lets the feeder correct the anchor twice.
     */
    private void awaitPlaying(SourceDataLine opened) {
        long until = System.nanoTime() + WAIT_NANOS;
        long wanted = Tones.frames(BUFFER_MILLIS + 2L * BLOCK_MILLIS);
        while (opened.getLongFramePosition() < wanted && System.nanoTime() < until) {
            Ticker.SYSTEM.sleepUntil(System.nanoTime() + 2_000_000L);
        }
        synchronized (frames) {
            frames.anchor(System.nanoTime(), opened.getLongFramePosition());
        }
        until = System.nanoTime() + WAIT_NANOS;
        while (frames.corrections() < 2 && System.nanoTime() < until) {
            Ticker.SYSTEM.sleepUntil(System.nanoTime() + 10_000_000L);
        }
    }

    /** Writes block after block; after each, where the line says it is keeps the frame clock right. */
    private void feed() {
        byte[] block = new byte[Tones.frameBytes(BLOCK_MILLIS)];
        while (running) {
            mixer.fill(block);
            line.write(block, 0, block.length);
            synchronized (frames) {
                frames.observe(System.nanoTime(), line.getLongFramePosition());
            }
        }
    }

    @Override
    public long play(byte[] pcm, long dueNanos) {
        SourceDataLine current = line;
        int length = pcm.length / 2;
        if (current == null) {
            return dueNanos + LATENCY_NANOS + frames.nanos(length);
        }
        long placed = mixer.add(pcm, frames.frameFor(dueNanos));
        return frames.timeOf(placed + length);
    }

    @Override
    public boolean silent() {
        return line == null;
    }

    @Override
    public synchronized void close() {
        SourceDataLine current = line;
        if (current == null) {
            return;
        }
        long heard = mixer.end() + Tones.frames(BUFFER_MILLIS + BLOCK_MILLIS);
        long until = System.nanoTime() + WAIT_NANOS + frames.nanos(Math.max(0, heard - mixer.cursor()));
        while (current.getLongFramePosition() < heard && System.nanoTime() < until) {
            Ticker.SYSTEM.sleepUntil(System.nanoTime() + 5_000_000L);
        }
        running = false;
        feeder.finishAndStop();
        try {
            feeder.awaitStop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        current.close();
        line = null;
    }
}
