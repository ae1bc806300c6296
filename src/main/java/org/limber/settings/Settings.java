package org.limber.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.limber.clients.AlertThresholds;
import org.limber.safety.SafetyAnswers;

/**
 * What the user chose and how the window was left. Immutable; change with the {@code with…}
 * methods. Unknown fields in the file are ignored so older builds can read newer files.
 * {@code usedBy} is null until the first run asked; {@code legacySafety} holds the safety answers
 * that versions before per-profile answers kept here (null once they moved to the profile "Me").
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
        UsedBy usedBy,
        SafetyAnswers legacySafety,
        AlertThresholds alerts,
        Practice practice) {

    public static final int MAX_VOLUME = 100;

    public Settings {
        theme = theme == null ? Theme.LIGHT : theme;
        textSize = textSize == null ? TextSize.NORMAL : textSize;
        volume = Math.max(0, Math.min(MAX_VOLUME, volume));
        alerts = alerts == null ? AlertThresholds.defaults() : alerts;
        practice = practice == null ? Practice.NONE : practice;
    }

    public static Settings defaults() {
        return new Settings(null, Theme.LIGHT, TextSize.NORMAL, true, true, 80, null, false, null, null,
                AlertThresholds.defaults(), Practice.NONE);
    }

    public Settings withWindow(WindowBounds bounds) {
        return new Settings(bounds, theme, textSize, tones, voice, volume, language, onboardingAccepted, usedBy, legacySafety, alerts, practice);
    }

    public Settings withTheme(Theme newTheme) {
        return new Settings(window, newTheme, textSize, tones, voice, volume, language, onboardingAccepted, usedBy, legacySafety, alerts, practice);
    }

    public Settings withTextSize(TextSize size) {
        return new Settings(window, theme, size, tones, voice, volume, language, onboardingAccepted, usedBy, legacySafety, alerts, practice);
    }

    public Settings withCues(boolean newTones, boolean newVoice, int newVolume) {
        return new Settings(window, theme, textSize, newTones, newVoice, newVolume, language, onboardingAccepted, usedBy, legacySafety, alerts, practice);
    }

    public Settings withLanguage(String newLanguage) {
        return new Settings(window, theme, textSize, tones, voice, volume, newLanguage, onboardingAccepted, usedBy, legacySafety, alerts, practice);
    }

    public Settings withOnboardingAccepted(boolean accepted) {
        return new Settings(window, theme, textSize, tones, voice, volume, language, accepted, usedBy, legacySafety, alerts, practice);
    }

    /** Who uses Limber on this computer, as answered on the first run. */
    public Settings withUsedBy(UsedBy who) {
        return new Settings(window, theme, textSize, tones, voice, volume, language, onboardingAccepted, who,
                legacySafety, alerts, practice);
    }

    /** The safety answers an earlier version kept here, or none once they moved to the profile "Me". */
    public Settings withLegacySafety(SafetyAnswers answers) {
        return new Settings(window, theme, textSize, tones, voice, volume, language, onboardingAccepted, usedBy,
                answers, alerts, practice);
    }

    /** When a client's results raise an alert on the clients overview. */
    public Settings withAlerts(AlertThresholds thresholds) {
        return new Settings(window, theme, textSize, tones, voice, volume, language, onboardingAccepted, usedBy,
                legacySafety, thresholds, practice);
    }

    /** The practice's name and phone printed on handouts (blank: none). */
    public Settings withPractice(Practice newPractice) {
        return new Settings(window, theme, textSize, tones, voice, volume, language, onboardingAccepted, usedBy,
                legacySafety, alerts, newPractice);
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

    /** Who uses Limber on this computer: the person for their own back, or a physiotherapist for clients. */
    public enum UsedBy { SELF, CLIENTS }

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
