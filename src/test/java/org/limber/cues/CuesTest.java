package org.limber.cues;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.SourceDataLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CuesTest {

    @Test
    void tonesHaveTheirLengthAndFadeInAndOut() {
        byte[] pcm = Tones.tone(660, 200, 1.0);
        assertThat(pcm).hasSize((int) (Tones.SAMPLE_RATE * 0.2) * 2);
        assertThat(sample(pcm, 0)).isZero();
        assertThat(Math.abs(sample(pcm, pcm.length / 2 - 1))).isLessThanOrEqualTo((int) (Short.MAX_VALUE * 0.6) + 1);
        int loudest = 0;
        for (int i = 0; i < pcm.length / 2; i++) {
            loudest = Math.max(loudest, Math.abs(sample(pcm, i)));
        }
        assertThat(loudest).isGreaterThan(Short.MAX_VALUE / 2);
        assertThat(Math.abs(sample(pcm, pcm.length / 2 - 1))).isLessThan(loudest / 10);
        byte[] quiet = Tones.tone(660, 200, 0.0);
        assertThat(quiet).containsOnly((byte) 0);
    }

    @Test
    void theTonePlayerPlaysWhereThereIsASoundLineAndStaysSilentWhereThereIsNone() {
        boolean soundLine = AudioSystem.isLineSupported(new DataLine.Info(SourceDataLine.class, TonePlayer.FORMAT));
        TonePlayer player = new TonePlayer();
        player.open();
        player.play(Tones.tone(440, 50, 0.5));
        assertThat(player.silent()).isEqualTo(!soundLine);
        player.close();
        assertThat(player.silent()).isTrue();
    }

    @Test
    void speechRunsTheEngineFoundOnThePathWithTheWords(@TempDir Path dir) throws Exception {
        Path said = dir.resolve("said.txt");
        Path engine = dir.resolve("espeak-ng");
        Files.writeString(engine, "#!/bin/sh\nfor a in \"$@\"; do last=\"$a\"; done\necho \"$last\" > " + said + "\n");
        Files.setPosixFilePermissions(engine, PosixFilePermissions.fromString("rwx------"));
        Speech speech = Speech.detect("Linux", dir.toString(), "en");
        assertThat(speech.available()).isTrue();
        speech.say("Breathe in.");
        speech.await();
        assertThat(Files.readString(said).strip()).isEqualTo("Breathe in.");
    }

    @Test
    void noEngineMeansSilence(@TempDir Path dir) throws Exception {
        Path said = dir.resolve("said.txt");
        Path notRunnable = dir.resolve("espeak-ng");
        Files.writeString(notRunnable, "#!/bin/sh\necho \"$@\" > " + said + "\n");
        Files.setPosixFilePermissions(notRunnable, PosixFilePermissions.fromString("rw-------"));
        Speech speech = Speech.detect("Linux", dir.toString(), "en");
        assertThat(speech.available()).isFalse();
        speech.say("Hold.");
        speech.await();
        assertThat(said).as("nothing was run").doesNotExist();
    }

    private static int sample(byte[] pcm, int index) {
        return (short) ((pcm[2 * index] & 0xff) | (pcm[2 * index + 1] << 8));
    }
}
