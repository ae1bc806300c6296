package org.limber.cues;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays PCM on one audio line kept open for the session. A tone written to a line that has run
 * empty is led by a little silence, so a sound server that drops what falls behind its play
 * position drops silence, not the start of the tone (which would click). With no audio line
 * (no sound card), it stays silent and says so once in the log; every cue is also on screen.
 */
final class TonePlayer {

    private static final Logger LOG = LoggerFactory.getLogger(TonePlayer.class);
    static final AudioFormat FORMAT = new AudioFormat(Tones.SAMPLE_RATE, 16, 1, true, false);
    /** Silence before a tone on an empty line. */
    static final int LEAD_MILLIS = 12;

    private SourceDataLine line;
    private boolean unavailable;

    /** True when the system has an output line for the tones (opens nothing). */
    static boolean lineExists() {
        try {
            return AudioSystem.isLineSupported(new DataLine.Info(SourceDataLine.class, FORMAT));
        } catch (IllegalArgumentException | SecurityException e) {
            return false;
        }
    }

    /** Opens the line and wakes it with a little silence; true when there is a line to play on. */
    boolean open() {
        if (line != null || unavailable) {
            return line != null;
        }
        try {
            DataLine.Info info = new DataLine.Info(SourceDataLine.class, FORMAT);
            if (!AudioSystem.isLineSupported(info)) {
                throw new LineUnavailableException("no audio output line");
            }
            SourceDataLine opened = (SourceDataLine) AudioSystem.getLine(info);
            opened.open(FORMAT);
            opened.start();
            byte[] wake = Tones.silence(150);
            opened.write(wake, 0, wake.length);
            line = opened;
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            unavailable = true;
            LOG.info("No sound output ({}); cues are shown as text only", e.getMessage());
        }
        return line != null;
    }

    /** Plays after {@code delayMillis} of silence (a tick placed on its second); an empty line gets a lead-in. */
    void play(byte[] pcm, long delayMillis) {
        open();
        if (line == null) {
            return;
        }
        int queued = line.getBufferSize() - line.available();
        boolean empty = queued <= Tones.frameBytes(1);
        long queuedMillis = queued / Math.max(1, Tones.frameBytes(1));
        long silence = Math.max(delayMillis - queuedMillis, empty ? LEAD_MILLIS : 0);
        if (silence > 0) {
            byte[] lead = Tones.silence((int) silence);
            line.write(lead, 0, lead.length);
        }
        line.write(pcm, 0, pcm.length);
    }

    void play(byte[] pcm) {
        play(pcm, 0);
    }

    /** Waits until everything written has been heard (so speech never starts over a tone). */
    void drain() {
        if (line != null) {
            line.drain();
        }
    }

    /** True while no sound line is open: cues are then only shown. */
    boolean silent() {
        return line == null;
    }

    void close() {
        if (line != null) {
            line.drain();
            line.close();
            line = null;
        }
    }
}
