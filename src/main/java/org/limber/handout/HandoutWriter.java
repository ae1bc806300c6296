package org.limber.handout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.limber.i18n.Messages;
import org.limber.library.Caution;
import org.limber.library.DosageWords;
import org.limber.library.Exercise;
import org.limber.library.figure.StillImage;
import org.limber.routine.Durations;
import org.limber.routine.Routine;
import org.limber.routine.Step;
import org.limber.safety.RedFlags;
import org.limber.session.Timeline;

/**
 * The printable handout: title, who it is for, date and total time; per step the figure, the
 * dose in plain words, instructions and cautions; a box with when to see a doctor.
 */
public final class HandoutWriter {

    /** Countries that print on US Letter; everyone else gets A4. */
    static final Set<String> LETTER = Set.of("US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PR");
    static final float BODY = 10.5f;

    private final Messages i18n;
    private final Function<String, Optional<Exercise>> exercises;
    private final Map<String, StillImage> stills;

    public HandoutWriter(Messages i18n, Function<String, Optional<Exercise>> exercises) {
        this(i18n, exercises, Map.of());
    }

    /** With stills rendered by the screen's figure renderer, by exercise id; others are drawn as lines. */
    public HandoutWriter(Messages i18n, Function<String, Optional<Exercise>> exercises,
            Map<String, StillImage> stills) {
        this.i18n = i18n;
        this.exercises = exercises;
        this.stills = stills;
    }

    public static PDRectangle paperFor(Locale locale) {
        return LETTER.contains(locale.getCountry()) ? PDRectangle.LETTER : PDRectangle.A4;
    }

    public byte[] write(Routine routine, String forWhom, LocalDate date, Locale locale) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont regular = font(doc, "/assets/fonts/DejaVuSans.ttf");
            PDFont bold = font(doc, "/assets/fonts/DejaVuSans-Bold.ttf");
            Fonts fonts = new Fonts(regular, bold);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(routine.name());
            info.setCreator("Limber");
            long total = Timeline.of(routine, id -> exercises.apply(id).map(Exercise::name).orElse(id)).totalMillis();
            try (PdfCursor page = new PdfCursor(doc, paperFor(locale))) {
                page.text(fonts.clean(routine.name()), bold, 20, 0);
                page.down(4);
                String when = date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
                page.text(fonts.clean(i18n.get("handout.meta", forWhom, when, Durations.clock(total))), regular, BODY, 0);
                if (!routine.description().isBlank()) {
                    page.down(4);
                    page.text(fonts.clean(routine.description()), regular, BODY, 0);
                }
                page.down(12);
                DosageWords words = new DosageWords(i18n);
                for (int i = 0; i < routine.steps().size(); i++) {
                    step(page, fonts, words, i + 1, routine.steps().get(i));
                }
                doctorBox(page, fonts);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private void step(PdfCursor page, Fonts fonts, DosageWords words, int number, Step step) throws IOException {
        Optional<Exercise> found = exercises.apply(step.exerciseId());
        String name = found.map(Exercise::name).orElse(step.exerciseId());
        page.need(150);
        float top = page.y();
        float figureWidth = 120;
        StillImage still = stills.get(step.exerciseId());
        if (still != null) {
            FigureDrawing.image(page.document(), page.stream(), still, PdfCursor.MARGIN, top - 90, figureWidth, 85);
        } else {
            found.filter(e -> e.animation() != null).ifPresent(e -> FigureDrawing.draw(page.stream(),
                    e.animation().keyStill(), PdfCursor.MARGIN, top - 90, figureWidth, 85));
        }
        float indent = figureWidth + 16;
        page.text(fonts.clean(i18n.get("handout.step", number, name)), fonts.bold(), 13, indent);
        page.text(fonts.clean(words.describe(step.dosage(), step.breathing())), fonts.bold(), BODY, indent);
        if (!step.note().isBlank()) {
            page.text(fonts.clean(i18n.get("handout.note", step.note())), fonts.regular(), BODY, indent);
        }
        if (found.isPresent()) {
            Exercise e = found.get();
            for (int i = 0; i < e.instructions().size(); i++) {
                page.text(fonts.clean((i + 1) + ". " + e.instructions().get(i)), fonts.regular(), BODY, indent);
            }
            page.text(fonts.clean(i18n.get("handout.stopIf", e.stopIf())), fonts.regular(), BODY, indent);
            for (Caution c : e.cautions()) {
                page.text(fonts.clean(i18n.get("condition." + c.condition().code()) + ": " + c.advice()),
                        fonts.regular(), BODY - 1, indent);
            }
        }
        if (page.y() > top - 95) {
            page.down(page.y() - (top - 95));
        }
        page.down(14);
    }

    private void doctorBox(PdfCursor page, Fonts fonts) throws IOException {
        page.need(190);
        float top = page.y();
        page.down(10);
        page.text(fonts.clean(i18n.get("safety.title")), fonts.bold(), 13, 10);
        page.text(fonts.clean(i18n.get("safety.intro")), fonts.regular(), BODY, 10);
        for (String flag : RedFlags.KEYS) {
            page.text(fonts.clean("\u2022 " + i18n.get("safety.flag." + flag)), fonts.regular(), BODY, 18);
        }
        page.text(fonts.clean(i18n.get("safety.urgent")), fonts.bold(), BODY, 10);
        page.down(4);
        page.text(fonts.clean(i18n.get("handout.notAdvice")), fonts.regular(), BODY - 1, 10);
        page.down(8);
        PDPageContentStream s = page.stream();
        s.setLineWidth(1.2f);
        s.setStrokingColor(0.75f, 0.2f, 0.2f);
        s.addRect(PdfCursor.MARGIN, page.y(), page.width(), top - page.y());
        s.stroke();
    }

    private static PDFont font(PDDocument doc, String resource) throws IOException {
        try (InputStream in = HandoutWriter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font " + resource + " is missing");
            }
            return PDType0Font.load(doc, in);
        }
    }

    /** The two fonts, and a guard against characters they cannot show. */
    private record Fonts(PDFont regular, PDFont bold) {

        String clean(String text) {
            StringBuilder out = new StringBuilder();
            text.codePoints().forEach(cp -> {
                String ch = new String(Character.toChars(cp));
                try {
                    regular.encode(ch);
                    bold.encode(ch);
                    out.append(ch);
                } catch (IOException | IllegalArgumentException e) {
                    out.append('?');
                }
            });
            return out.toString().replace('\t', ' ').replace("\r", "");
        }
    }
}
