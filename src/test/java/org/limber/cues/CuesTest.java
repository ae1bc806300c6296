package org.limber.cues;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.SourceDataLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CuesTest {

    @Test
    void tonesHaveTheirLengthFadeInFromSilenceAndStayWellBelowFullScale() {
        byte[] pcm = Tones.tone(660, 200, 1.0);
        int samples = pcm.length / 2;
        assertThat(samples).isEqualTo((int) (Tones.SAMPLE_RATE * 0.2));
        assertThat(sample(pcm, 0)).isZero();
        assertThat(sample(pcm, samples - 1)).isZero();
        int oneMilli = (int) (Tones.SAMPLE_RATE / 1000);
        int loudest = 0;
        int loudestFirstMilli = 0;
        for (int i = 0; i < samples; i++) {
            loudest = Math.max(loudest, Math.abs(sample(pcm, i)));
            if (i < oneMilli) {
                loudestFirstMilli = Math.max(loudestFirstMilli, Math.abs(sample(pcm, i)));
            }
        }
        assertThat(loudest).isGreaterThan((int) (Short.MAX_VALUE * 0.45)).isLessThanOrEqualTo(Short.MAX_VALUE / 2 + 1);
        assertThat(loudestFirstMilli).as("rises over a few ms, no step").isLessThan(loudest / 6);
        byte[] quiet = Tones.tone(660, 200, 0.0);
        assertThat(quiet).containsOnly((byte) 0);
    }

    @Test
    void theCueLinePlaysWhereThereIsASoundLineAndStaysSilentWhereThereIsNone() {
        boolean soundLine = AudioSystem.isLineSupported(new DataLine.Info(SourceDataLine.class, CueLine.FORMAT));
        CueLine line = new CueLine();
        assertThat(line.open()).isEqualTo(soundLine);
        line.play(Tones.tone(440, 50, 0.5), System.nanoTime());
        assertThat(line.silent()).isEqualTo(!soundLine);
        line.close();
        assertThat(line.silent()).isTrue();
    }

    @Test
    void speechRunsTheEngineFoundOnThePathWithTheWords(@TempDir Path dir) throws Exception {
        Path said = dir.resolve("said.txt");
        Path engine = dir.resolve("espeak-ng");
        Files.writeString(engine, "#!/bin/sh\nfor a in \"$@\"; do last=\"$a\"; done\necho \"$last\" > " + said + "\n");
        Files.setPosixFilePermissions(engine, PosixFilePermissions.fromString("rwx------"));
        Speech speech = Speech.detect("Linux", dir.toString(), "en");
        assertThat(speech.available()).isTrue();
        speech.say("Breathe in.", 80);
        speech.await();
        assertThat(Files.readString(said).strip()).isEqualTo("Breathe in.");
    }

    @Test
    void wordsThatLookLikeAnOptionAreSpokenNeverObeyed(@TempDir Path dir) throws Exception {
        Path args = dir.resolve("args.txt");
        Path engine = dir.resolve("espeak-ng");
        Files.writeString(engine, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done > " + args + "\n");
        Files.setPosixFilePermissions(engine, PosixFilePermissions.fromString("rwx------"));
        Path trap = dir.resolve("x");
        Speech speech = Speech.detect("Linux", dir.toString(), "en");
        speech.say("-w" + trap, 60);
        speech.await();
        List<String> given = Files.readAllLines(args);
        assertThat(given.get(given.size() - 1)).isEqualTo("-w" + trap);
        assertThat(given.get(given.size() - 2)).isEqualTo("--");
        assertThat(given).containsSequence("-a", "60");
        assertThat(Speech.detect("Linux", dir.toString(), "en").command("-w/tmp/x", 60))
                .endsWith("--", "-w/tmp/x");
        assertThat(trap).doesNotExist();
    }

    @Test
    void spdSayGetsTheVolumeAndTheWordsAfterTheEndOfOptions(@TempDir Path dir) throws Exception {
        Path engine = dir.resolve("spd-say");
        Files.writeString(engine, "#!/bin/sh\n");
        Files.setPosixFilePermissions(engine, PosixFilePermissions.fromString("rwx------"));
        assertThat(Speech.detect("Linux", dir.toString(), "de").command("--help", 25))
                .endsWith("-i", "-50", "--", "--help");
    }

    @Test
    void noEngineMeansSilence(@TempDir Path dir) throws Exception {
        Path said = dir.resolve("said.txt");
        Path notRunnable = dir.resolve("espeak-ng");
        Files.writeString(notRunnable, "#!/bin/sh\necho \"$@\" > " + said + "\n");
        Files.setPosixFilePermissions(notRunnable, PosixFilePermissions.fromString("rw-------"));
        Speech speech = Speech.detect("Linux", dir.toString(), "en");
        assertThat(speech.available()).isFalse();
        speech.say("Hold.", 80);
        speech.await();
        assertThat(said).as("nothing was run").doesNotExist();
    }

    static int sample(byte[] pcm, int index) {
        return (short) ((pcm[2 * index] & 0xff) | (pcm[2 * index + 1] << 8));
    }
}
