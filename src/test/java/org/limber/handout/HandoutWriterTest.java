package org.limber.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.limber.i18n.Messages;
import org.limber.library.Catalogue;
import org.limber.library.CatalogueLoader;
import org.limber.library.Condition;
import org.limber.library.Dosage;
import org.limber.library.Sides;
import org.limber.routine.Routine;
import org.limber.routine.Step;

class HandoutWriterTest {

    static Catalogue catalogue;
    final Messages i18n = new Messages(Locale.ENGLISH);

    @BeforeAll
    static void load() throws Exception {
        catalogue = new CatalogueLoader().loadBuiltIn();
    }

    private Routine routine() {
        return new Routine("r", "Morning back care", "Gentle start to the day.", List.of(
                new Step("knee-to-chest", new Dosage(1, 3, 20, 0, 10, Sides.LEFT_RIGHT, 5, 5), null, "Keep it small \u263a"),
                Step.of(catalogue.find("deep-breathing").orElseThrow()),
                Step.of(catalogue.find("bridge").orElseThrow())));
    }

    @Test
    void theTextReadsBackWithEverythingTheClientNeeds() throws Exception {
        byte[] pdf = new HandoutWriter(i18n, catalogue::find).write(routine(), "Ann", LocalDate.of(2026, 11, 22),
                Locale.UK);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Morning back care", "For: Ann", "22 November 2026", "Total time: about");
            assertThat(text).contains("1. Knee-to-chest stretch", "Hold 20 s, 3 times, each side, rest 10 s between");
            assertThat(text).contains("Note: Keep it small");
            assertThat(text).contains(catalogue.find("bridge").orElseThrow().instructions().get(0).replaceAll("\\s+", " "));
            assertThat(text).contains("When to get medical help", "not medical advice");
            assertThat(text).as("both tiers of red flags, and looking after your back").contains(
                    "Go to the emergency department now", "See a doctor in the next few days", "Looking after your back");
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
        }
    }

    @Test
    void letterPaperInTheUnitedStates() throws Exception {
        byte[] pdf = new HandoutWriter(i18n, catalogue::find).write(routine(), "Me", LocalDate.of(2026, 1, 2), Locale.US);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isEqualTo(PDRectangle.LETTER.getHeight());
        }
    }

    private Routine sixExercises() {
        List<Step> steps = Stream.of("knee-to-chest", "pelvic-tilt", "cat-cow", "bridge", "trunk-rotation",
                "deep-breathing").map(id -> Step.of(catalogue.find(id).orElseThrow())).toList();
        List<Step> noted = new ArrayList<>(steps);
        noted.set(0, noted.get(0).withNote("A tiny rock is plenty. Stop if pain sharpens."));
        return new Routine("r6", "Six for the week", "", noted);
    }

    @Test
    void sixExercisesFitOnThreePagesAndNoPageButTheLastIsMostlyEmpty() throws Exception {
        HandoutWriter writer;
        for (Locale locale : List.of(Locale.UK, Locale.GERMANY)) {
            Messages messages = new Messages(locale);
            Catalogue local = new CatalogueLoader().loadBuiltIn(locale);
            writer = new HandoutWriter(messages, local::find);
            byte[] pdf = writer.write(sixExercises(), new HandoutWriter.Audience("Ann", Set.of(), "Physio Practice"),
                    LocalDate.of(2026, 11, 22), locale);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                // German runs about a fifth longer than English: one more page, never a mostly blank one
                assertThat(doc.getNumberOfPages()).as(locale + " pages")
                        .isLessThanOrEqualTo(locale.getLanguage().equals("en") ? 3 : 4);
                String text = new PDFTextStripper().getText(doc);
                assertThat(text).contains(messages.get("handout.page", 1, doc.getNumberOfPages()));
            }
            List<Float> fills = writer.lastFills();
            assertThat(fills.subList(0, fills.size() - 1)).as(locale + " fill of every page but the last")
                    .allSatisfy(fill -> assertThat(fill).isGreaterThanOrEqualTo(0.4f));
        }
    }

    @Test
    void onlyTheCautionsForThisPersonAreEverywhereOrAllForAnyone() throws Exception {
        HandoutWriter writer = new HandoutWriter(i18n, catalogue::find);
        String none = text(writer.write(sixExercises(), new HandoutWriter.Audience("Ann", Set.of(), ""),
                LocalDate.of(2026, 11, 22), Locale.UK));
        String pregnant = text(writer.write(sixExercises(), new HandoutWriter.Audience("Bea",
                Set.of(Condition.PREGNANCY), ""), LocalDate.of(2026, 11, 22), Locale.UK));
        String anyone = text(writer.write(sixExercises(), "anyone", LocalDate.of(2026, 11, 22), Locale.UK));
        assertThat(none).doesNotContain("Pregnancy:", "Osteoporosis:");
        assertThat(pregnant).contains("Pregnancy:").doesNotContain("Osteoporosis:");
        assertThat(anyone).contains("Pregnancy:", "Osteoporosis:");
        assertThat(none).as("the note comes with the step").contains("A tiny rock is plenty.");
        assertThat(none).doesNotContain("Stop if: Stop");
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void thePracticesLineIsAtTheFootOfEveryPageAndTheFiguresAreVectorPaths() throws Exception {
        String practice = HandoutWriter.practiceLine(new Messages(Locale.GERMANY), "Physio am Markt", "030 123456");
        assertThat(practice).isEqualTo("Physio am Markt   \u00b7   Tel. 030 123456");
        byte[] pdf = new HandoutWriter(i18n, catalogue::find).write(sixExercises(),
                new HandoutWriter.Audience("Ann", Set.of(), practice), LocalDate.of(2026, 11, 22), Locale.UK);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                PDFTextStripper page = new PDFTextStripper();
                page.setStartPage(i);
                page.setEndPage(i);
                assertThat(page.getText(doc)).as("page " + i).contains("Physio am Markt", "Tel. 030 123456",
                        "Page " + i + " of " + doc.getNumberOfPages());
                assertThat(doc.getPage(i - 1).getResources().getXObjectNames()).as("no raster image on page " + i)
                        .isEmpty();
                // every word in black or a dark colour: drawing a figure leaves no pale fill behind for the text
                TextColours colours = new TextColours();
                colours.setStartPage(i);
                colours.setEndPage(i);
                colours.getText(doc);
                assertThat(colours.pale).as("pale text on page " + i).isEmpty();
            }
        }
        assertThat(HandoutWriter.practiceLine(i18n, "", " 030 1 ")).isEqualTo("Phone 030 1");
        assertThat(HandoutWriter.practiceLine(i18n, "Physio", "")).isEqualTo("Physio");
        assertThat(HandoutWriter.practiceLine(i18n, " ", null)).isEmpty();
    }

    /** Collects text drawn in a pale colour (as the figures' light greys and the head's white would be). */
    static final class TextColours extends PDFTextStripper {
        final List<String> pale = new ArrayList<>();

        TextColours() throws IOException {
            addOperator(new SetNonStrokingColorSpace(this));
            addOperator(new SetNonStrokingColor(this));
            addOperator(new SetNonStrokingDeviceRGBColor(this));
            addOperator(new SetNonStrokingDeviceGrayColor(this));
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            float[] rgb = getGraphicsState().getNonStrokingColor().getComponents();
            double light = rgb.length == 3 ? (rgb[0] + rgb[1] + rgb[2]) / 3 : rgb.length == 1 ? rgb[0] : 0;
            if (light > 0.6 && !text.getUnicode().isBlank()) {
                pale.add(text.getUnicode());
            }
            super.processTextPosition(text);
        }
    }
}
