package org.limber.cues;

/** Short sine tones as 16-bit mono PCM, made in code so no sound files are needed. */
public final class Tones {

    public static final float SAMPLE_RATE = 44_100f;

    private Tones() {
    }

    /** A tone of {@code hz} for {@code millis}, faded in and out so it never clicks; volume 0..1. */
    public static byte[] tone(double hz, int millis, double volume) {
        int samples = (int) (SAMPLE_RATE * millis / 1000);
        int fade = Math.min(samples / 4, (int) (SAMPLE_RATE * 0.012));
        byte[] pcm = new byte[samples * 2];
        double amplitude = Short.MAX_VALUE * 0.6 * Math.max(0, Math.min(1, volume));
        for (int i = 0; i < samples; i++) {
            double envelope = 1;
            if (i < fade) {
                envelope = (double) i / fade;
            } else if (i > samples - fade) {
                envelope = (double) (samples - i) / fade;
            }
            short value = (short) Math.round(Math.sin(2 * Math.PI * hz * i / SAMPLE_RATE) * amplitude * envelope);
            pcm[2 * i] = (byte) (value & 0xff);
            pcm[2 * i + 1] = (byte) ((value >> 8) & 0xff);
        }
        return pcm;
    }

    /** Bytes of {@code millis} of sound. */
    static int frameBytes(int millis) {
        return (int) (SAMPLE_RATE * millis / 1000) * 2;
    }

    /** Silence, written first so the sound device is awake before the first real cue. */
    public static byte[] silence(int millis) {
        return new byte[(int) (SAMPLE_RATE * millis / 1000) * 2];
    }
}
