package org.limber.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The player's line about sound says only what is true of the settings and of this machine. */
class CueSupportTest {

    @Test
    void noSpokenCuesArePromisedWhileVoiceIsOffInSettings() {
        assertThat(new CueSupport(true, false, true, true).problemKey()).isEqualTo("player.sound.noTones");
        assertThat(new CueSupport(true, false, false, true).problemKey()).isEqualTo("player.sound.noTones.voiceOff");
        assertThat(new CueSupport(true, false, false, false).problemKey()).isEqualTo("player.sound.noTones.voiceOff");
    }

    @Test
    void noToneIsPromisedWhileTonesAreOffInSettings() {
        assertThat(new CueSupport(true, true, true, false).problemKey()).isEqualTo("player.sound.noSpeech");
        assertThat(new CueSupport(false, true, true, false).problemKey()).isEqualTo("player.sound.noSpeech.tonesOff");
        assertThat(new CueSupport(false, false, true, false).problemKey()).isEqualTo("player.sound.noSpeech.tonesOff");
    }

    @Test
    void bothOffInSettingsIsSaidAndBothMissingIsSaid() {
        assertThat(new CueSupport(false, true, false, true).problemKey()).isEqualTo("player.sound.off");
        assertThat(new CueSupport(false, false, false, false).problemKey()).isEqualTo("player.sound.off");
        assertThat(new CueSupport(true, false, true, false).problemKey()).isEqualTo("player.sound.none");
    }

    @Test
    void nothingIsSaidWhenWhatWasAskedForWorks() {
        assertThat(new CueSupport(true, true, true, true).problemKey()).isNull();
        assertThat(new CueSupport(true, true, false, false).problemKey()).isNull();
        assertThat(new CueSupport(false, false, true, true).problemKey()).isNull();
        assertThat(CueSupport.ALL.problemKey()).isNull();
    }
}
