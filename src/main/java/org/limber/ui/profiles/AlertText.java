package org.limber.ui.profiles;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.limber.clients.Alert;
import org.limber.i18n.Messages;

/** An alert in words: its message with the days in the language's medium form. */
final class AlertText {

    private AlertText() {
    }

    static String of(Alert alert, Messages i18n) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(i18n.locale());
        Object[] args = alert.args().stream().map(a -> a instanceof LocalDate d ? d.format(date) : a).toArray();
        return i18n.get("clients.urgency." + alert.kind().name()) + ": " + i18n.get(alert.key(), args);
    }
}
