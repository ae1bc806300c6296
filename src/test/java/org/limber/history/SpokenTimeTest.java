package org.limber.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.limber.i18n.Messages;

class SpokenTimeTest {

    final Messages en = new Messages(Locale.UK);
    final Messages de = new Messages(Locale.GERMANY);

    @Test
    void shortTimesKeepTheirSecondsAndPluralsFitTheNumber() {
        assertThat(SpokenTime.of(en, 0)).isEqualTo("0 seconds");
        assertThat(SpokenTime.of(en, 1)).isEqualTo("1 second");
        assertThat(SpokenTime.of(en, 19)).isEqualTo("19 seconds");
        assertThat(SpokenTime.of(en, 60)).isEqualTo("1 minute");
        assertThat(SpokenTime.of(en, 61)).isEqualTo("1 minute 1 second");
        assertThat(SpokenTime.of(en, 599)).isEqualTo("9 minutes 59 seconds");
        assertThat(SpokenTime.of(en, 629)).isEqualTo("10 minutes");
        assertThat(SpokenTime.of(en, 3600)).isEqualTo("1 hour");
        assertThat(SpokenTime.of(en, 3660)).isEqualTo("1 hour 1 minute");
        assertThat(SpokenTime.of(en, 50_130)).isEqualTo("13 hours 56 minutes");
        assertThat(SpokenTime.of(de, 1)).isEqualTo("1 Sekunde");
        assertThat(SpokenTime.of(de, 19)).isEqualTo("19 Sekunden");
        assertThat(SpokenTime.of(de, 3660)).isEqualTo("1 Stunde 1 Minute");
        assertThat(SpokenTime.of(de, 7320)).isEqualTo("2 Stunden 2 Minuten");
    }
}
