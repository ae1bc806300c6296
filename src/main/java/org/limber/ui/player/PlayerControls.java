package org.limber.ui.player;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.limber.i18n.Messages;
import org.limber.ui.common.Icons;

/** The player's buttons; each also has a key (shown in its tooltip and the help line). */
final class PlayerControls {

    private PlayerControls() {
    }

    static FlowPane create(Messages i18n, SessionViewModel vm, PlayerPanels panels) {
        PlayerDisplay d = vm.display();
        Button previous = big(i18n, "player-previous", "mdi2s-skip-previous", "player.previous", vm::previous);
        Button pause = big(i18n, "player-pause", "mdi2p-pause", "player.pause", vm::togglePause);
        d.paused().addListener((obs, old, now) -> {
            pause.setGraphic(Icons.icon(now ? "mdi2p-play" : "mdi2p-pause"));
            pause.setText(i18n.get(now ? "player.resume" : "player.pause"));
        });
        Button next = big(i18n, "player-next-phase", "mdi2s-step-forward", "player.nextPhase", vm::nextPhase);
        Button skip = big(i18n, "player-skip", "mdi2s-skip-next", "player.skip", vm::skip);
        Button done = big(i18n, "player-done", "mdi2c-check", "player.done", vm::done);
        done.visibleProperty().bind(d.untimed());
        done.managedProperty().bind(done.visibleProperty());
        done.getStyleClass().add("accent");
        Button extend = big(i18n, "player-extend", "mdi2t-timer-plus-outline", "player.extend", vm::extend);
        Button info = big(i18n, "player-instructions", "mdi2i-information-outline", "player.instructions", () -> panels.howTo(null));
        Button hurts = big(i18n, "player-hurts", "mdi2h-hand-back-left-outline", "player.hurts",
                () -> panels.hurts(null));
        hurts.getStyleClass().add("danger");
        Button stop = big(i18n, "player-stop", "mdi2s-stop", "player.stop", () -> panels.confirmStop(null));
        // wraps onto more lines at large text sizes instead of pushing anything off screen
        FlowPane bar = new FlowPane(8, 8, pause, done, previous, next, skip, extend, info, hurts, stop);
        bar.setAlignment(Pos.CENTER);
        bar.getStyleClass().add("player-controls");
        bar.setMinHeight(Region.USE_PREF_SIZE);
        return bar;
    }

    private static Button big(Messages i18n, String id, String icon, String key, Runnable action) {
        Button button = new Button(i18n.get(key), Icons.icon(icon));
        button.setId(id);
        button.getStyleClass().add("player-big-button");
        button.setTooltip(new Tooltip(i18n.get("player.withKey", i18n.get(key), i18n.get(key + ".key"))));
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }
}
