package org.limber.cues;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Speaks through the operating system's own engine as a separate process: espeak-ng or
 * spd-say on Linux, {@code say} on macOS, SAPI through PowerShell on Windows. None present:
 * silent (the words are on screen anyway).
 */
final class Speech {

    private static final Logger LOG = LoggerFactory.getLogger(Speech.class);

    private final Optional<List<String>> command;
    /** True when the words travel in the environment (PowerShell), never as part of a command line. */
    private final boolean wordsInEnvironment;
    private Process speaking;

    private Speech(Optional<List<String>> command) {
        this(command, false);
    }

    private Speech(Optional<List<String>> command, boolean wordsInEnvironment) {
        this.command = command;
        this.wordsInEnvironment = wordsInEnvironment;
    }

    static Speech detect(String osName, String path, String language) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return new Speech(find(path, "powershell.exe").map(p -> List.of(p, "-NoProfile", "-NonInteractive",
                    "-Command", "Add-Type -AssemblyName System.Speech; "
                            + "(New-Object System.Speech.Synthesis.SpeechSynthesizer).Speak($env:LIMBER_SAY)")), true);
        }
        if (os.contains("mac")) {
            return new Speech(find(path, "say").map(List::of));
        }
        Optional<List<String>> espeak = find(path, "espeak-ng").map(p -> List.of(p, "-v", language, "-s", "150"));
        if (espeak.isPresent()) {
            return new Speech(espeak);
        }
        return new Speech(find(path, "spd-say").map(p -> List.of(p, "-w", "-l", language)));
    }

    boolean available() {
        return command.isPresent();
    }

    /** Speaks the words, cutting off whatever was still being said; does not wait, so ticks stay on time. */
    void say(String words) {
        if (command.isEmpty() || words.isBlank()) {
            return;
        }
        stop();
        List<String> cmd = new ArrayList<>(command.get());
        ProcessBuilder builder = new ProcessBuilder(cmd);
        if (wordsInEnvironment) {
            builder.environment().put("LIMBER_SAY", words);
        } else {
            cmd.add(words);
            builder.command(cmd);
        }
        try {
            speaking = builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            LOG.info("Speech failed ({}); cues are shown as text only", e.getMessage());
        }
    }

    /** Waits for the current words to finish (tests). */
    void await() throws InterruptedException {
        if (speaking != null) {
            speaking.waitFor();
        }
    }

    void stop() {
        if (speaking != null && speaking.isAlive()) {
            speaking.destroy();
        }
    }

    private static Optional<String> find(String path, String program) {
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            File candidate = new File(dir, program);
            if (candidate.isFile() && candidate.canExecute()) {
                return Optional.of(candidate.getAbsolutePath());
            }
        }
        return Optional.empty();
    }
}
