package org.limber.handout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A font on this computer for the characters the bundled DejaVu fonts lack (Chinese, Japanese,
 * Korean...): TrueType fonts PDFBox can embed, from the usual places, else what fontconfig
 * suggests. Runs a process: call it off the FX thread.
 */
public final class SystemFonts {

    static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/truetype/unifont/unifont.ttf",
            "/Library/Fonts/Arial Unicode.ttf",
            "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
            "C:\\Windows\\Fonts\\arialuni.ttf",
            "C:\\Windows\\Fonts\\msyh.ttc",
            "C:\\Windows\\Fonts\\simsun.ttc");

    private SystemFonts() {
    }

    /** The first fallback font found, or empty. */
    public static Optional<Path> fallback() {
        for (String candidate : CANDIDATES) {
            Path path = Path.of(candidate);
            if (Files.isReadable(path)) {
                return Optional.of(path);
            }
        }
        return fontconfig();
    }

    private static Optional<Path> fontconfig() {
        try {
            Process process = new ProcessBuilder("fc-match", "--format=%{file}", ":lang=zh-cn:fontformat=TrueType")
                    .redirectErrorStream(true).start();
            if (!process.waitFor(3, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            String file = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            boolean trueType = file.endsWith(".ttf") || file.endsWith(".ttc");
            return process.exitValue() == 0 && trueType && Files.isReadable(Path.of(file)) ? Optional.of(Path.of(file))
                    : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
