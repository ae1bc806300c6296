package org.limber.ui.shell;

import javafx.scene.control.Button;
import org.limber.i18n.Messages;
import org.limber.ui.common.AppSettings;
import org.limber.ui.common.Icons;

/** The header's theme switch: light, dark, high contrast. */
public final class ThemeToggle {

    private ThemeToggle() {
    }

    public static Button create(AppSettings settings, Messages i18n) {
        Button button = Icons.iconButton("mdi2t-theme-light-dark", i18n.get("shell.theme.toggle"));
        button.setId("theme-toggle");
        button.setOnAction(e -> settings.update(s -> s.withTheme(s.theme().next())));
        return button;
    }
}
