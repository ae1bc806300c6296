package org.limber.handout;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses, for each piece of text, a font that can print all of it: the bundled one asked
 * for, else a fallback font of the computer (loaded when first needed). What no font can print
 * becomes "?" and is recorded, and so is right-to-left text (PDFBox neither joins Arabic letters
 * nor orders right-to-left lines), so that the export can say so instead of failing silently.
 */
final class PdfFonts {

    private static final Logger LOG = LoggerFactory.getLogger(PdfFonts.class);

    /** Text ready to print, and the font that can print every character of it. */
    record Choice(String text, PDFont font) {
    }

    private final PDDocument doc;
    private final Supplier<Optional<Path>> fallbackFile;
    private Optional<PDFont> fallback;
    private final Set<String> unprintable = new TreeSet<>();
    private boolean rightToLeft;

    PdfFonts(PDDocument doc, Supplier<Optional<Path>> fallbackFile) {
        this.doc = doc;
        this.fallbackFile = fallbackFile;
    }

    Choice choose(String raw, PDFont preferred) {
        String text = raw.replace('\t', ' ').replace("\r", "");
        text.codePoints().filter(PdfFonts::isRightToLeft).findAny().ifPresent(cp -> rightToLeft = true);
        if (text.codePoints().allMatch(cp -> prints(preferred, cp))) {
            return new Choice(text, preferred);
        }
        PDFont font = fallback().filter(f -> text.codePoints().anyMatch(cp -> !prints(preferred, cp) && prints(f, cp)))
                .orElse(preferred);
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (prints(font, cp)) {
                out.appendCodePoint(cp);
            } else {
                unprintable.add(new String(Character.toChars(cp)));
                out.append('?');
            }
        });
        return new Choice(out.toString(), font);
    }

    /** Every character printed as "?", in code point order. */
    Set<String> unprintable() {
        return unprintable;
    }

    boolean rightToLeft() {
        return rightToLeft;
    }

    private static boolean isRightToLeft(int cp) {
        byte direction = Character.getDirectionality(cp);
        return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    private static boolean prints(PDFont font, int cp) {
        if (cp == '\n' || cp == ' ') {
            return true;
        }
        try {
            font.encode(new String(Character.toChars(cp)));
            return true;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            return false;
        }
    }

    private Optional<PDFont> fallback() {
        if (fallback == null) {
            fallback = fallbackFile.get().flatMap(this::load);
        }
        return fallback;
    }

    private Optional<PDFont> load(Path file) {
        try {
            if (file.toString().endsWith(".ttc")) {
                TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
                TrueTypeFont[] first = new TrueTypeFont[1];
                collection.processAllFonts(font -> {
                    if (first[0] == null) {
                        first[0] = font;
                    }
                });
                return first[0] == null ? Optional.empty() : Optional.of(PDType0Font.load(doc, first[0], true));
            }
            return Optional.of(PDType0Font.load(doc, file.toFile()));
        } catch (IOException | RuntimeException e) {
            LOG.warn("The fallback font {} could not be used: {}", file, e.getMessage());
            return Optional.empty();
        }
    }
}
