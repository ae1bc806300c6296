package org.limber.cues;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * What goes onto the sound line, block by block: silence, with each cue placed at its own frame
 * (sample) position. The line is written without a break, so it never runs empty, and a cue
 * starts on the frame it was planned for, not at whatever moment it was handed over.
 * Thread-safe: cues are added from the cue worker, blocks are taken by the line's feeder.
 */
final class CueMixer {

    private record Sound(byte[] pcm, long start) {
        long end() {
            return start + pcm.length / 2;
        }
    }

    private final List<Sound> sounds = new ArrayList<>();
    private long cursor;

    /** The next frame to be handed to the line: nothing can be placed before it. */
    synchronized long cursor() {
        return cursor;
    }

    /** The frame after the last sound placed (the cursor when nothing is waiting). */
    synchronized long end() {
        long end = cursor;
        for (Sound s : sounds) {
            end = Math.max(end, s.end());
        }
        return end;
    }

    /** Places 16-bit mono PCM at {@code frame}, or at the cursor if that has passed; returns where it went. */
    synchronized long add(byte[] pcm, long frame) {
        long start = Math.max(frame, cursor);
        sounds.add(new Sound(pcm, start));
        return start;
    }

    /** Fills {@code block} with the next frames (the sum of the sounds there, kept within full scale) and moves on. */
    synchronized void fill(byte[] block) {
        int frames = block.length / 2;
        for (int i = 0; i < frames; i++) {
            long frame = cursor + i;
            int sum = 0;
            for (Sound s : sounds) {
                if (frame >= s.start && frame < s.end()) {
                    int at = (int) (frame - s.start) * 2;
                    sum += (short) ((s.pcm[at] & 0xff) | (s.pcm[at + 1] << 8));
                }
            }
            short value = (short) Math.max(Short.MIN_VALUE + 1, Math.min(Short.MAX_VALUE - 1, sum));
            block[2 * i] = (byte) (value & 0xff);
            block[2 * i + 1] = (byte) ((value >> 8) & 0xff);
        }
        cursor += frames;
        for (Iterator<Sound> it = sounds.iterator(); it.hasNext();) {
            if (it.next().end() <= cursor) {
                it.remove();
            }
        }
    }
}
