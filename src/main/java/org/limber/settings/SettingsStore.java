package org.limber.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.limber.io.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads and writes {@code settings.json}; a write never leaves a half-written file. */
public final class SettingsStore {

    /** Fetched when first needed: starting the logging system is not on the way to the first frame. */
    private static Logger log() {
        return LoggerFactory.getLogger(SettingsStore.class);
    }
    private static final long MAX_BYTES = 256 * 1024;

    private final Path file;
    /** Made at the first write: reading does without it (see {@link JsonText}). */
    private ObjectMapper mapper;

    public SettingsStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /**
     * Loads the settings. A missing file gives the defaults; an unreadable or damaged one is
     * moved aside (kept, never deleted) and the defaults are used.
     */
    public Settings load() {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new IOException("larger than " + MAX_BYTES + " bytes");
            }
            if (!(JsonText.parse(Files.readAllBytes(file)) instanceof Map<?, ?> read)) {
                throw new IOException("not a JSON object");
            }
            // fields an older file lacks keep their defaults (tones and voice stay on)
            return SettingsJson.read(read);
        } catch (NoSuchFileException e) {
            return Settings.defaults();
        } catch (IOException | RuntimeException e) {
            log().warn("Settings file {} could not be read ({}); using defaults", file, e.getMessage());
            moveAside();
            return Settings.defaults();
        }
    }

    public void save(Settings settings) throws IOException {
        AtomicFiles.write(file, toBytes(settings));
    }

    synchronized byte[] toBytes(Settings settings) throws JsonProcessingException {
        if (mapper == null) {
            mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        }
        return mapper.writeValueAsBytes(SettingsJson.write(settings));
    }

    private void moveAside() {
        try {
            Path aside = file.resolveSibling(file.getFileName() + ".damaged");
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            log().warn("Could not move the damaged settings file aside: {}", e.getMessage());
        }
    }
}
