package org.limber.cues;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Speaks through the operating system's own engine as a separate process: espeak-ng or
 * spd-say on Linux, {@code say} on macOS, SAPI through PowerShell on Windows. None present:
 * silent (the words are on screen anyway). The words never become an option of the engine:
 * they follow {@code --} (or travel in the environment for PowerShell), so an exercise called
 * "-w/tmp/x" is spoken, not obeyed.
 */
final class Speech implements Voice {

    private static final Logger LOG = LoggerFactory.getLogger(Speech.class);

    private enum Engine { ESPEAK, SPD_SAY, SAY, SAPI }

    private final Optional<List<String>> command;
    private final Engine engine;
    private volatile Process speaking;

    private Speech(Optional<List<String>> command, Engine engine) {
        this.command = command;
        this.engine = engine;
    }

    static Speech detect(String osName, String path, String language) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return new Speech(find(path, "powershell.exe").map(p -> List.of(p, "-NoProfile", "-NonInteractive",
                    "-Command", "Add-Type -AssemblyName System.Speech; "
                            + "$s = New-Object System.Speech.Synthesis.SpeechSynthesizer; "
                            + "$s.Volume = [int]$env:LIMBER_VOLUME; $s.Speak($env:LIMBER_SAY)")), Engine.SAPI);
        }
        if (os.contains("mac")) {
            return new Speech(find(path, "say").map(List::of), Engine.SAY);
        }
        Optional<List<String>> espeak = find(path, "espeak-ng").map(p -> List.of(p, "-v", language, "-s", "150"));
        if (espeak.isPresent()) {
            return new Speech(espeak, Engine.ESPEAK);
        }
        return new Speech(find(path, "spd-say").map(p -> List.of(p, "-w", "-l", language)), Engine.SPD_SAY);
    }

    @Override
    public boolean available() {
        return command.isPresent();
    }

    /** The command line for these words at this volume (0-100); the words come after "--". */
    List<String> command(String words, int volume) {
        List<String> cmd = new ArrayList<>(command.orElseThrow());
        int v = Math.max(0, Math.min(100, volume));
        switch (engine) {
            case ESPEAK -> cmd.addAll(List.of("-a", Integer.toString(v)));
            case SPD_SAY -> cmd.addAll(List.of("-i", Integer.toString(2 * v - 100)));
            default -> { }
        }
        if (engine != Engine.SAPI) {
            cmd.add("--");
            cmd.add(words);
        }
        return cmd;
    }

    /** Speaks the words, cutting off whatever was still being said; does not wait, so ticks stay on time. */
    @Override
    public void say(String words, int volume) {
        if (command.isEmpty() || words.isBlank()) {
            return;
        }
        stop();
        ProcessBuilder builder = new ProcessBuilder(command(words, volume));
        if (engine == Engine.SAPI) {
            builder.environment().put("LIMBER_SAY", words);
            builder.environment().put("LIMBER_VOLUME", Integer.toString(Math.max(0, Math.min(100, volume))));
        }
        try {
            speaking = builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            LOG.info("Speech failed ({}); cues are shown as text only", e.getMessage());
        }
    }

    @Override
    public boolean speaking() {
        return speaking != null && speaking.isAlive();
    }

    @Override
    public boolean await(long millis) throws InterruptedException {
        return speaking == null || speaking.waitFor(millis, TimeUnit.MILLISECONDS);
    }

    /** Waits for the current words to finish (tests). */
    void await() throws InterruptedException {
        if (speaking != null) {
            speaking.waitFor();
        }
    }

    @Override
    public void stop() {
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
