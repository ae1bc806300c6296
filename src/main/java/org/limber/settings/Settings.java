package org.limber.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.limber.clients.AlertThresholds;

/**
 * What the user chose and how the window was left. Immutable; change with the {@code with…}
 * methods. Unknown fields in the file are ignored so older builds can read newer files.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Settings(
        WindowBounds window,
        Theme theme,
        TextSize textSize,
        boolean tones,
        boolean voice,
        int volume,
        String language,
        boolean onboardingAccepted,
        List<String> redFlags,
        List<String> conditions,
        int safetyCheck,
        AlertThresholds alerts,
        Practice practice) {

    public static final int MAX_VOLUME = 100;

    public Settings {
        theme = theme == null ? Theme.LIGHT : theme;
        textSize = textSize == null ? TextSize.NORMAL : textSize;
        volume = Math.max(0, Math.min(MAX_VOLUME, volume));
        redFlags = redFlags == null ? List.of() : List.copyOf(redFlags);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        alerts = alerts == null ? AlertThresholds.defaults() : alerts;
        practice = practice == null ? Practice.NONE : practice;
    }

    public static Settings defaults() {
        return new Settings(null, Theme.LIGHT, TextSize.NORMAL, true, true, 80, null, false, List.of(), List.of(), 0,
                AlertThresholds.defaults(), Practice.NONE);
    }

    public Settings withWindow(WindowBounds bounds) {
        return new Settings(bounds, theme, textSize, tones, voice, volume, language, onboardingAccepted, redFlags, conditions, safetyCheck, alerts, practice);
    }

    public Settings withTheme(Theme newTheme) {
        return new Settings(window, newTheme, textSize, tones, voice, volume, language, onboardingAccepted, redFlags, conditions, safetyCheck, alerts, practice);
    }

    public Settings withTextSize(TextSize size) {
        return new Settings(window, theme, size, tones, voice, volume, language, onboardingAccepted, redFlags, conditions, safetyCheck, alerts, practice);
    }

    public Settings withCues(boolean newTones, boolean newVoice, int newVolume) {
        return new Settings(window, theme, textSize, newTones, newVoice, newVolume, language, onboardingAccepted, redFlags, conditions, safetyCheck, alerts, practice);
    }

    public Settings withLanguage(String newLanguage) {
        return new Settings(window, theme, textSize, tones, voice, volume, newLanguage, onboardingAccepted, redFlags, conditions, safetyCheck, alerts, practice);
    }

    public Settings withOnboardingAccepted(boolean accepted) {
        return new Settings(window, theme, textSize, tones, voice, volume, language, accepted, redFlags, conditions, safetyCheck, alerts, practice);
    }

    /** The red-flag checklist answers: the keys of the boxes ticked. */
    public Settings withRedFlags(List<String> ticked) {
        return new Settings(window, theme, textSize, tones, voice, volume, language, onboardingAccepted, ticked,
                conditions, safetyCheck, alerts, practice);
    }

    /** The conditions the person said apply (codes of {@code org.limber.library.Condition}). */
    public Settings withConditions(List<String> codes) {
        return new Settings(window, theme, textSize, tones, voice, volume, language, onboardingAccepted, redFlags, codes, safetyCheck, alerts, practice);
    }

    /** The version of the red-flag questions the saved answers belong to (0: never answered). */
    public Settings withSafetyCheck(int version) {
        return new Settings(window, theme, textSize, tones, voice, volume, language, onboardingAccepted, redFlags,
                conditions, version, alerts, practice);
    }

    /** When a client's results raise an alert on the clients overview. */
    public Settings withAlerts(AlertThresholds thresholds) {
        return new Settings(window, theme, textSize, tones, voice, volume, language, onboardingAccepted, redFlags,
                conditions, safetyCheck, thresholds, practice);
    }

    /** The practice's name and phone printed on handouts (blank: none). */
    public Settings withPractice(Practice newPractice) {
        return new Settings(window, theme, textSize, tones, voice, volume, language, onboardingAccepted, redFlags,
                conditions, safetyCheck, alerts, newPractice);
    }

    /** The physiotherapy practice a handout comes from: its name and phone, each may be blank. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Practice(String name, String phone) {

        public static final Practice NONE = new Practice("", "");

        public Practice {
            name = name == null ? "" : name.strip();
            phone = phone == null ? "" : phone.strip();
        }

        public boolean isBlank() {
            return name.isEmpty() && phone.isEmpty();
        }
    }

    /** Where and how large the main window was. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    public enum Theme {
        LIGHT, DARK, HIGH_CONTRAST;

        /** The next theme for the header's switch: light, dark, high contrast, and round again. */
        public Theme next() {
            return values()[(ordinal() + 1) % values().length];
        }
    }

    /** Root font sizes in pixels; the whole UI is sized in em and scales with it. */
    public enum TextSize {
        NORMAL(14), LARGE(17), LARGER(20), LARGEST(24);

        private final int pixels;

        TextSize(int pixels) {
            this.pixels = pixels;
        }

        public int pixels() {
            return pixels;
        }
    }
}
