package org.limber;

import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.limber.routine.Routine;
import org.limber.session.PhaseWords;
import org.limber.session.TimeSource;
import org.limber.ui.player.PlayerView;
import org.limber.ui.player.SessionViewModel;
import org.limber.ui.shell.Themes;

/** Starts a session: the player takes the whole window; when it closes, the shell comes back. */
final class Player {

    private final Services app;
    private final Supplier<String> profileId;
    private final Runnable afterwards;

    /** {@code afterwards} runs once the shell is back (the pages that show sessions reload). */
    Player(Services app, Supplier<String> profileId, Runnable afterwards) {
        this.app = app;
        this.profileId = profileId;
        this.afterwards = afterwards;
    }

    /** Plays the routine for the active profile, after its safety questions if nobody has answered them yet. */
    void start(Routine routine) {
        app.safetyCheck().beforeSession(() -> play(routine));
    }

    private void play(Routine routine) {
        Stage stage = app.stage().get();
        Scene scene = stage.getScene();
        Parent main = scene.getRoot();
        SessionViewModel.Services services = new SessionViewModel.Services(app.exercises(),
                TimeSource.system(app.clock()), app.clock(), app.stores().sessions(), app.executor(), app.cues().get(),
                new PhaseWords(app.i18n()), profileId.get(), app.newId().get(), app.safety().activeConditions());
        SessionViewModel session = new SessionViewModel(routine, services, app.safetyCheck()::rescreenAfterPain);
        PlayerView[] view = new PlayerView[1];
        view[0] = new PlayerView(session, app.i18n(), () -> {
            view[0].dispose();
            services.cues().close();
            scene.setRoot(main);
            Themes.apply(scene, app.settings().get());
            stage.setFullScreen(false);
            afterwards.run();
        });
        scene.setRoot(view[0].root());
        Themes.apply(scene, app.settings().get());
    }
}
