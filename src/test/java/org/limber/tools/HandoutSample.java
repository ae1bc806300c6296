package org.limber.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.limber.handout.HandoutWriter;
import org.limber.i18n.Messages;
import org.limber.library.Catalogue;
import org.limber.library.CatalogueLoader;
import org.limber.library.figure.StillImage;
import org.limber.routine.Routine;
import org.limber.routine.Step;
import org.limber.ui.common.figure.FigureStills;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A dev tool: writes a sample handout to look at. {@code -Dlimber.handout=/tmp/h.pdf} */
@EnabledIfSystemProperty(named = "limber.handout", matches = ".+")
class HandoutSample {

    @Test
    void write() throws Exception {
        Locale locale = Locale.forLanguageTag(System.getProperty("limber.locale", "en-GB"));
        Catalogue c = new CatalogueLoader().loadBuiltIn(locale);
        Routine routine = new Routine("r", "Back spasm relief, gentle", "Slow, lying-down moves for a sore back.",
                List.of(Step.of(c.find("rest-pillows-under-knees").orElseThrow()),
                        Step.of(c.find("pelvic-tilt").orElseThrow()).withNote("A tiny rock is plenty. Stop if pain sharpens."),
                        Step.of(c.find("knee-to-chest").orElseThrow()), Step.of(c.find("trunk-rotation").orElseThrow()),
                        Step.of(c.find("cat-cow").orElseThrow()), Step.of(c.find("deep-breathing").orElseThrow())));
        FxToolkit.registerPrimaryStage();
        Map<String, StillImage> stills = new HashMap<>();
        for (Step step : routine.steps()) {
            var animation = c.find(step.exerciseId()).orElseThrow().animation();
            stills.put(step.exerciseId(), WaitForAsyncUtils.asyncFx(
                    () -> FigureStills.render(animation, 360, 255)).get());
        }
        byte[] pdf = new HandoutWriter(new Messages(locale), c::find, stills).write(routine,
                new HandoutWriter.Audience("Ann Example", Set.of(), "Example Physio, 01234 567890"),
                LocalDate.of(2026, 11, 22), locale);
        Files.write(Path.of(System.getProperty("limber.handout")), pdf);
    }
}
