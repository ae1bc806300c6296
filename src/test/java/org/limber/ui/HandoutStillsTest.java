package org.limber.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.limber.handout.HandoutWriter;
import org.limber.i18n.Messages;
import org.limber.library.Catalogue;
import org.limber.library.CatalogueLoader;
import org.limber.library.Exercise;
import org.limber.library.figure.StillImage;
import org.limber.routine.Routine;
import org.limber.routine.Step;
import org.limber.ui.common.figure.FigureStills;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The screen renderer still makes stills (for what has no animation), but the handout draws an
 * animated exercise's figure as vector paths from the same geometry, even when given a still.
 */
class HandoutStillsTest {

    @Test
    void theFigureIsDrawnAsVectorPathsNotAStill() throws Exception {
        FxToolkit.registerPrimaryStage();
        Catalogue catalogue = new CatalogueLoader().loadBuiltIn();
        Exercise cobra = catalogue.find("bhujangasana").orElseThrow();
        StillImage still = WaitForAsyncUtils.asyncFx(() -> FigureStills.render(cobra.animation(), 360, 255)).get();
        assertThat(still.width()).isEqualTo(360);
        long inked = Arrays.stream(still.argb()).filter(p -> (p & 0xffffff) != 0xffffff).count();
        assertThat(inked).as("the figure is drawn, not a blank").isGreaterThan(500);

        byte[] pdf = new HandoutWriter(new Messages(Locale.UK), catalogue::find, Map.of(cobra.id(), still))
                .write(new Routine("r", "Cobra", "", List.of(Step.of(cobra))), "Me", LocalDate.of(2026, 11, 22), Locale.UK);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var resources = doc.getPage(0).getResources();
            boolean hasImage = false;
            for (COSName name : resources.getXObjectNames()) {
                hasImage |= resources.getXObject(name) instanceof PDImageXObject;
            }
            assertThat(hasImage).as("no raster image for the figure").isFalse();
        }
    }
}
