package org.limber.cues;

/** Short sine tones as 16-bit mono PCM, made in code so no sound files are needed. */
public final class Tones {

    public static final float SAMPLE_RATE = 44_100f;
    /** The loudest a tone gets at full volume, as a share of full scale: well clear of clipping. */
    public static final double PEAK = 0.5;
    /** Raised-cosine fade at both ends, so a tone never starts or stops with a click. */
    public static final int FADE_MILLIS = 4;

    private Tones() {
    }

    /** A tone of {@code hz} for {@code millis}, faded in from 0 and out to 0; volume 0..1. */
    public static byte[] tone(double hz, int millis, double volume) {
        int samples = frames(millis);
        int fade = Math.min(samples / 4, frames(FADE_MILLIS));
        byte[] pcm = new byte[samples * 2];
        double amplitude = Short.MAX_VALUE * PEAK * Math.max(0, Math.min(1, volume));
        for (int i = 0; i < samples; i++) {
            int edge = Math.min(i, samples - 1 - i);
            double envelope = edge < fade ? 0.5 - 0.5 * Math.cos(Math.PI * edge / fade) : 1;
            short value = (short) Math.round(Math.sin(2 * Math.PI * hz * i / SAMPLE_RATE) * amplitude * envelope);
            pcm[2 * i] = (byte) (value & 0xff);
            pcm[2 * i + 1] = (byte) ((value >> 8) & 0xff);
        }
        return pcm;
    }

    /** Sound frames (samples of the one channel) in {@code millis}. */
    static int frames(long millis) {
        return (int) (SAMPLE_RATE * millis / 1000);
    }

    /** Bytes of {@code millis} of sound. */
    static int frameBytes(int millis) {
        return frames(millis) * 2;
    }

    /** Silence of {@code millis}. */
    public static byte[] silence(int millis) {
        return new byte[frameBytes(millis)];
    }
}
