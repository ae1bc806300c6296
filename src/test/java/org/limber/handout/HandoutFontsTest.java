package org.limber.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.limber.i18n.Messages;
import org.limber.library.Dosage;
import org.limber.library.Sides;
import org.limber.routine.Routine;
import org.limber.routine.Step;

/** Issue 17, item 13: text DejaVu cannot print uses a fallback font, or the export says what it could not print. */
class HandoutFontsTest {

    static final Path DROID = Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");
    final Messages i18n = new Messages(Locale.ENGLISH);

    private static Routine named(String name, String description) {
        return new Routine("r", name, description, List.of(
                new Step("bridge", new Dosage(1, 3, 20, 0, 10, Sides.NONE, 0, 0), null, "")));
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void withoutAFallbackFontTheUnprintableCharactersAreNamed() throws Exception {
        HandoutWriter writer = new HandoutWriter(i18n, id -> Optional.empty(), Map.of(), Optional::empty);
        HandoutWriter.Written written = writer.writeChecked(named("\u8170\u75db \u4f53\u64cd", "Smile \ud83e\uddd8"), new HandoutWriter.Audience("Ann", null, ""),
                LocalDate.of(2026, 11, 22), Locale.UK);
        assertThat(written.unprintable()).containsExactlyInAnyOrder("\u8170", "\u75db", "\u4f53", "\u64cd", "\ud83e\uddd8");
        assertThat(written.rightToLeft()).isFalse();
        assertThat(text(written.pdf())).contains("Smile ?");
    }

    @Test
    void aFallbackFontOfTheComputerPrintsChineseAndOnlyTheEmojiIsReported() throws Exception {
        assumeTrue(Files.isReadable(DROID), "no fallback font installed (fonts-droid-fallback)");
        HandoutWriter writer = new HandoutWriter(i18n, id -> Optional.empty(), Map.of(), () -> Optional.of(DROID));
        HandoutWriter.Written written = writer.writeChecked(named("\u8170\u75db \u4f53\u64cd", "Smile \ud83e\uddd8"), new HandoutWriter.Audience("Ann", null, ""),
                LocalDate.of(2026, 11, 22), Locale.UK);
        assertThat(written.unprintable()).containsExactly("\ud83e\uddd8");
        assertThat(text(written.pdf())).contains("\u8170\u75db \u4f53\u64cd");
    }

    @Test
    void rightToLeftTextIsReportedHonestly() throws Exception {
        HandoutWriter writer = new HandoutWriter(i18n, id -> Optional.empty(), Map.of(), Optional::empty);
        HandoutWriter.Written written = writer.writeChecked(named("\u05e9\u05dc\u05d5\u05dd", ""), new HandoutWriter.Audience("Ann", null, ""),
                LocalDate.of(2026, 11, 22), Locale.UK);
        assertThat(written.rightToLeft()).isTrue();
        assertThat(written.unprintable()).isEmpty();
    }

    @Test
    void theSystemFallbackIsFoundWhereOneIsInstalled() {
        assumeTrue(Files.isReadable(DROID), "no fallback font installed (fonts-droid-fallback)");
        assertThat(SystemFonts.fallback()).isPresent();
    }
}
