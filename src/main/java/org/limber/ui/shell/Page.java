package org.limber.ui.shell;

import java.util.Locale;
import javafx.scene.input.KeyCode;

/** The pages of the navigation rail, in order, with their node ids and shortcuts. */
public enum Page {
    TODAY("nav-today", "nav.today", "mdi2w-weather-sunny", KeyCode.DIGIT1),
    LIBRARY("nav-library", "nav.library", "mdi2b-book-open-variant", KeyCode.DIGIT2),
    ROUTINES("nav-routines", "nav.routines", "mdi2f-format-list-checks", KeyCode.DIGIT3),
    HISTORY("nav-history", "nav.history", "mdi2c-chart-line", KeyCode.DIGIT4),
    PROFILES("nav-profiles", "nav.profiles", "mdi2a-account-multiple", KeyCode.DIGIT5),
    SETTINGS("nav-settings", "nav.settings", "mdi2c-cog", KeyCode.DIGIT6);

    private final String navId;
    private final String labelKey;
    private final String icon;
    private final KeyCode key;

    Page(String navId, String labelKey, String icon, KeyCode key) {
        this.navId = navId;
        this.labelKey = labelKey;
        this.icon = icon;
        this.key = key;
    }

    public String navId() {
        return navId;
    }

    /** The id of the page's root node: {@code page-today}, {@code page-library}, … */
    public String pageId() {
        return "page-" + name().toLowerCase(Locale.ROOT);
    }

    public String labelKey() {
        return labelKey;
    }

    public String icon() {
        return icon;
    }

    public KeyCode key() {
        return key;
    }
}
