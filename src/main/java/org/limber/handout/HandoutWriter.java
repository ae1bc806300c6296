package org.limber.handout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.limber.i18n.Messages;
import org.limber.library.Condition;
import org.limber.library.DosageWords;
import org.limber.library.Exercise;
import org.limber.library.figure.StillImage;
import org.limber.routine.Durations;
import org.limber.routine.Routine;
import org.limber.routine.Step;
import org.limber.session.Timeline;

/**
 * The printable handout: title, who it is for, date and total time; per step the figure, the
 * dose in plain words, instructions and cautions; a box with when to see a doctor.
 */
public final class HandoutWriter {

    /** Countries that print on US Letter; everyone else gets A4. */
    static final Set<String> LETTER = Set.of("US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PR");
    static final float BODY = 10.5f;
    static final int PER_PAGE = 3;

    private final Messages i18n;
    private final Function<String, Optional<Exercise>> exercises;
    private final Map<String, StillImage> stills;
    private List<Float> lastFills = List.of();
    private final Supplier<Optional<Path>> fallbackFont;

    public HandoutWriter(Messages i18n, Function<String, Optional<Exercise>> exercises) {
        this(i18n, exercises, Map.of());
    }

    /** With stills rendered by the screen's figure renderer, by exercise id; others are drawn as lines. */
    public HandoutWriter(Messages i18n, Function<String, Optional<Exercise>> exercises,
            Map<String, StillImage> stills) {
        this(i18n, exercises, stills, SystemFonts::fallback);
    }

    /** With the fallback font for characters DejaVu lacks taken from {@code fallbackFont}. */
    public HandoutWriter(Messages i18n, Function<String, Optional<Exercise>> exercises,
            Map<String, StillImage> stills,
            Supplier<Optional<Path>> fallbackFont) {
        this.i18n = i18n;
        this.exercises = exercises;
        this.stills = stills;
        this.fallbackFont = fallbackFont;
    }

    public static PDRectangle paperFor(Locale locale) {
        return LETTER.contains(locale.getCountry()) ? PDRectangle.LETTER : PDRectangle.A4;
    }

    /** The PDF, and what of the text it could not print as written. */
    public record Written(byte[] pdf, Set<String> unprintable, boolean rightToLeft) {
    }

    public byte[] write(Routine routine, String forWhom, LocalDate date, Locale locale) throws IOException {
        return write(routine, new Audience(forWhom, null, ""), date, locale);
    }

    /**
     * Who the handout is for: a name, the conditions whose cautions are printed ({@code null}
     * prints every caution, for "anyone") and the practice's line (name and phone, see
     * {@link #practiceLine}) for the foot of every page, may be blank.
     */
    public record Audience(String forWhom, Set<Condition> conditions, String practice) {
    }

    /** The practice's line for the foot of every page: name and phone, either alone, or "" when neither is given. */
    public static String practiceLine(Messages i18n, String name, String phone) {
        String n = name == null ? "" : name.strip();
        String p = phone == null ? "" : phone.strip();
        if (p.isEmpty()) {
            return n;
        }
        return n.isEmpty() ? i18n.get("handout.practice.phoneOnly", p) : i18n.get("handout.practice", n, p);
    }

    public byte[] write(Routine routine, Audience audience, LocalDate date, Locale locale) throws IOException {
        return writeChecked(routine, audience, date, locale).pdf();
    }

    public Written writeChecked(Routine routine, Audience audience, LocalDate date, Locale locale) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PdfFonts printable = new PdfFonts(doc, fallbackFont);
            PDFont regular = font(doc, "/assets/fonts/DejaVuSans.ttf");
            PDFont bold = font(doc, "/assets/fonts/DejaVuSans-Bold.ttf");
            Fonts fonts = new Fonts(regular, bold);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(routine.name());
            info.setCreator("Limber");
            long total = Timeline.of(routine, id -> exercises.apply(id).map(Exercise::name).orElse(id)).totalMillis();
            try (PdfCursor page = new PdfCursor(doc, paperFor(locale), printable)) {
                page.text(routine.name(), bold, 20, 0);
                page.down(4);
                String when = date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
                page.text(i18n.get("handout.meta", audience.forWhom(), when, Durations.clock(total)),
                        regular, BODY, 0);
                if (!routine.description().isBlank()) {
                    page.down(4);
                    page.text(routine.description(), regular, BODY, 0);
                }
                page.down(6);
                page.stream().setNonStrokingColor(0.6f, 0.1f, 0.1f);
                page.text(i18n.get("handout.firstWarning"), bold, BODY - 1, 0);
                page.stream().setNonStrokingColor(0f, 0f, 0f);
                page.down(12);
                steps(page, fonts, routine, audience.conditions());
                SafetyBox safety = new SafetyBox(i18n, regular, bold);
                safety.selfCare(page);
                safety.redFlags(page);
                lastFills = page.fills();
            }
            PdfFonts.Choice practice = printable.choose(audience.practice(), regular);
            PageNumbers.add(doc, regular, page -> i18n.get("handout.page", page, doc.getNumberOfPages()), practice.text(),
                    practice.font());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return new Written(out.toByteArray(), Set.copyOf(printable.unprintable()), printable.rightToLeft());
        }
    }

    /** At most {@value #PER_PAGE} exercises a page, each block whole on its page. */
    private void steps(PdfCursor page, Fonts fonts, Routine routine, Set<Condition> conditions) throws IOException {
        DosageWords words = new DosageWords(i18n);
        int onThisPage = 0;
        for (int i = 0; i < routine.steps().size(); i++) {
            Step step = routine.steps().get(i);
            Optional<Exercise> found = exercises.apply(step.exerciseId());
            String name = found.map(Exercise::name).orElse(step.exerciseId());
            StepBlock block = new StepBlock(StepBlock.lines(i18n, page::choose, fonts.regular(), fonts.bold(),
                    i18n.get("handout.step", i + 1, name), words.describe(step.dosage(), step.breathing()), step.note(),
                    found, conditions), stills.get(step.exerciseId()), found.orElse(null));
            float height = block.height(page.width());
            if (!page.pageIsEmpty() && (onThisPage == PER_PAGE || height > page.room())) {
                page.breakPage();
                onThisPage = 0;
            }
            block.draw(page);
            onThisPage++;
        }
    }

    /** How full each page of the last handout written was (0..1): the layout test reads it. */
    List<Float> lastFills() {
        return lastFills;
    }

    private static PDFont font(PDDocument doc, String resource) throws IOException {
        try (InputStream in = HandoutWriter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font " + resource + " is missing");
            }
            return PDType0Font.load(doc, in);
        }
    }

    /** The two bundled fonts. */
    private record Fonts(PDFont regular, PDFont bold) {
    }
}
