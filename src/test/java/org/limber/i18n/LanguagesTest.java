package org.limber.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void theFirstStartFollowsTheComputerWhenLimberSpeaksItsLanguage() {
        assertThat(Languages.resolve(null, Locale.GERMANY)).isEqualTo(Locale.GERMANY);
        assertThat(Languages.resolve(null, new Locale("de", "AT"))).isEqualTo(new Locale("de", "AT"));
        assertThat(Languages.resolve(null, Locale.UK)).isEqualTo(Locale.UK);
        assertThat(Languages.resolve("", Locale.FRANCE)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aChosenLanguageWinsOverTheComputer() {
        assertThat(Languages.resolve("en", Locale.GERMANY).getLanguage()).isEqualTo("en");
        assertThat(Languages.resolve("de", Locale.US).getLanguage()).isEqualTo("de");
        assertThat(Languages.resolve("de", new Locale("de", "CH"))).isEqualTo(new Locale("de", "CH"));
        assertThat(Languages.resolve("xx", Locale.GERMANY)).isEqualTo(Locale.GERMANY);
    }

    @Test
    void englishChosenOnAGermanComputerReallyIsEnglish() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(new Messages(Languages.resolve("en", Locale.GERMANY)).get("nav.settings")).isEqualTo("Settings");
            assertThat(new Messages(Languages.resolve(null, Locale.GERMANY)).get("nav.settings")).isNotEqualTo("Settings");
        } finally {
            Locale.setDefault(before);
        }
    }
}
