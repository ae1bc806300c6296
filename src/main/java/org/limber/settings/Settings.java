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
        AlertThresholds alerts) {

    public static final int MAX_VOLUME = 100;

    public Settings {
        theme = theme == null ? Theme.LIGHT : theme;
        textSize = textSize == null ? TextSize.NORMAL : textSize;
        volume = Math.max(0, Math.min(MAX_VOLUME, volume));
        alerts = alerts == null ? AlertThresholds.defaults() : alerts;
    }

    public static Settings defaults() {
        return new Settings(null, Theme.LIGHT, TextSize.NORMAL, true, true, 80, null, false, null, null,
                AlertThresholds.defaults());
    }

    public Settings withWindow(WindowBounds bounds) {
        return new Settings(bounds, theme, textSize, tones, voice, volume, language, onboardingAccepted, usedBy, legacySafety, alerts);
    }

    public Settings withTheme(Theme newTheme) {
        return new Settings(window, newTheme, textSize, tones, voice, volume, language, onboardingAccepted, usedBy, legacySafety, alerts);
    }

    public Settings withTextSize(TextSize size) {
        return new Settings(window, theme, size, tones, voice, volume, language, onboardingAccepted, usedBy, legacySafety, alerts);
    }

    public Settings withCues(boolean newTones, boolean newVoice, int newVolume) {
        return new Settings(window, theme, textSize, newTones, newVoice, newVolume, language, onboardingAccepted, usedBy, legacySafety, alerts);
    }

    public Settings withLanguage(String newLanguage) {
        return new Settings(window, theme, textSize, tones, voice, volume, newLanguage, onboardingAccepted, usedBy, legacySafety, alerts);
    }

    public Settings withOnboardingAccepted(boolean accepted) {
        return new Settings(window, theme, textSize, tones, voice, volume, language, accepted, usedBy, legacySafety, alerts);
    }

    /** Who uses Limber on this computer, as answered on the first run. */
    public Settings withUsedBy(UsedBy who) {
        return new Settings(window, theme, textSize, tones, voice, volume, language, onboardingAccepted, who,
                legacySafety, alerts);
    }

    /** The safety answers an earlier version kept here, or none once they moved to the profile "Me". */
    public Settings withLegacySafety(SafetyAnswers answers) {
        return new Settings(window, theme, textSize, tones, voice, volume, language, onboardingAccepted, usedBy,
                answers, alerts);
    }

    /** When a client's results raise an alert on the clients overview. */
    public Settings withAlerts(AlertThresholds thresholds) {
        return new Settings(window, theme, textSize, tones, voice, volume, language, onboardingAccepted, usedBy,
                legacySafety, thresholds);
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
