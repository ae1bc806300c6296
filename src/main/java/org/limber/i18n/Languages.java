package org.limber.i18n;

import java.util.List;
import java.util.Locale;

/** The languages Limber speaks, and which one to use for a setting and the computer's own locale. */
public final class Languages {

    /** Every language with a complete bundle and catalogue, English first (the base bundle). */
    public static final List<String> SUPPORTED = List.of("en", "de");

    private Languages() {
    }

    /**
     * The computer's own locale, from the properties the JVM started with: unlike
     * {@link Locale#getDefault()}, which Limber sets to the language it runs in.
     */
    public static Locale computer() {
        String language = System.getProperty("user.language", "en");
        String country = System.getProperty("user.country", "");
        return new Locale(language, country);
    }

    /**
     * The locale to run in: the chosen language when there is one, otherwise the computer's locale
     * if Limber speaks its language, otherwise English. The computer's country is kept where the
     * language matches, so dates and paper sizes still follow it.
     */
    public static Locale resolve(String setting, Locale computer) {
        if (setting != null && !setting.isBlank()) {
            Locale chosen = Locale.forLanguageTag(setting);
            if (SUPPORTED.contains(chosen.getLanguage())) {
                return chosen.getLanguage().equals(computer.getLanguage()) && chosen.getCountry().isEmpty()
                        ? computer : chosen;
            }
        }
        return SUPPORTED.contains(computer.getLanguage()) ? computer : Locale.ENGLISH;
    }
}
