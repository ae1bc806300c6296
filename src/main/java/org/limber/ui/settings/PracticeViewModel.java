package org.limber.ui.settings;

import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.limber.settings.Settings;
import org.limber.ui.common.AppSettings;

/**
 * The practice's name and phone printed on handouts, as Settings shows them. Each field is
 * checked as it is typed; what passes is saved, what does not is shown in place and kept unsaved.
 */
public final class PracticeViewModel {

    public static final int MAX_NAME = 80;
    public static final int MAX_PHONE = 30;

    private final AppSettings settings;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper nameProblem = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper phoneProblem = new ReadOnlyStringWrapper();
    private boolean syncing;

    public PracticeViewModel(AppSettings settings) {
        this.settings = settings;
        sync(settings.get());
        settings.settingsProperty().addListener((obs, old, now) -> sync(now));
        InvalidationListener changed = obs -> {
            if (!syncing) {
                check();
            }
        };
        name.addListener(changed);
        phone.addListener(changed);
    }

    private void check() {
        String n = strip(name.get());
        String p = strip(phone.get());
        nameProblem.set(n.length() > MAX_NAME ? "settings.practice.problem.nameTooLong" : null);
        phoneProblem.set(phoneProblem(p));
        if (nameProblem.get() == null && phoneProblem.get() == null) {
            Settings.Practice practice = new Settings.Practice(n, p);
            if (!practice.equals(settings.get().practice())) {
                settings.update(s -> s.withPractice(practice));
            }
        }
    }

    /** Blank, or digits with the usual marks ({@code + ( ) - / .} and spaces), at least three digits. */
    static String phoneProblem(String p) {
        if (p.isEmpty()) {
            return null;
        }
        if (p.length() > MAX_PHONE) {
            return "settings.practice.problem.phoneTooLong";
        }
        long digits = p.chars().filter(Character::isDigit).count();
        boolean marks = p.chars().allMatch(c -> c >= '0' && c <= '9' || " +()-/.".indexOf(c) >= 0);
        return marks && digits >= 3 ? null : "settings.practice.problem.phone";
    }

    private void sync(Settings s) {
        syncing = true;
        try {
            // what is being typed stays as typed (a space before the next word, a refused value)
            // unless the settings changed otherwise
            if (nameProblem.get() == null && !s.practice().name().equals(strip(name.get()))) {
                name.set(s.practice().name());
            }
            if (phoneProblem.get() == null && !s.practice().phone().equals(strip(phone.get()))) {
                phone.set(s.practice().phone());
            }
        } finally {
            syncing = false;
        }
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    /** A message key while the name is refused, else null. */
    public ReadOnlyStringProperty nameProblemProperty() {
        return nameProblem.getReadOnlyProperty();
    }

    /** A message key while the phone is refused, else null. */
    public ReadOnlyStringProperty phoneProblemProperty() {
        return phoneProblem.getReadOnlyProperty();
    }
}
