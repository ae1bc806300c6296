package org.limber.cues;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays PCM on one audio line kept open for the session. With no audio line (no sound card),
 * it stays silent and says so once in the log; every cue is also shown on screen.
 */
final class TonePlayer {

    private static final Logger LOG = LoggerFactory.getLogger(TonePlayer.class);
    static final AudioFormat FORMAT = new AudioFormat(Tones.SAMPLE_RATE, 16, 1, true, false);

    private SourceDataLine line;
    private boolean unavailable;

    /** Opens the line and wakes it with a little silence, so the first cue is not clipped. */
    void open() {
        if (line != null || unavailable) {
            return;
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
    }

    void play(byte[] pcm) {
        open();
        if (line != null) {
            line.write(pcm, 0, pcm.length);
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
