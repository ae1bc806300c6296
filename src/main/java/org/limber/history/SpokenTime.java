package org.limber.history;

import org.limber.i18n.Messages;

/**
 * Time done, written as it is: seconds under a minute, minutes and seconds under ten minutes,
 * whole minutes under an hour, and hours with minutes beyond; with the language's plurals.
 */
public final class SpokenTime {

    private SpokenTime() {
    }

    public static String of(Messages i18n, long seconds) {
        if (seconds < 60) {
            return i18n.get("report.duration.seconds", seconds);
        }
        if (seconds < 600) {
            String minutes = i18n.get("report.duration.minutes", seconds / 60);
            return seconds % 60 == 0 ? minutes : minutes + " " + i18n.get("report.duration.seconds", seconds % 60);
        }
        long minutes = (seconds + 30) / 60;
        if (minutes < 60) {
            return i18n.get("report.duration.minutes", minutes);
        }
        String hours = i18n.get("report.duration.hours", minutes / 60);
        return minutes % 60 == 0 ? hours : hours + " " + i18n.get("report.duration.minutes", minutes % 60);
    }
}
