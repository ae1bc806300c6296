package org.limber.results;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.limber.io.AtomicFiles;
import org.limber.io.JsonSchemaCheck;
import org.limber.io.PrivateFiles;
import org.limber.results.ResultsFileException.Kind;

/**
 * Reads and writes {@code *.limber-results.json}. Reading streams through the file twice (limits,
 * then one session at a time against the schema), so a file of up to 50 MB is read in a small,
 * bounded part of the heap; nothing is returned unless all of it is acceptable.
 */
public final class ResultsFiles {

    public static final String FORMAT = "limber-results";
    public static final int VERSION = 1;
    public static final String EXTENSION = ".limber-results.json";
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    static final String SCHEMA = "/assets/schema/results.schema.json";

    private ObjectMapper mapper;
    /** Read when first needed, like the routine schema. */
    private JsonSchemaCheck schema;

    private synchronized ObjectMapper mapper() {
        if (mapper == null) {
            JsonFactory factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(ResultsLimits.MAX_DEPTH).maxStringLength(ResultsLimits.MAX_STRING).build()).build();
            mapper = new ObjectMapper(factory).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        }
        return mapper;
    }

    private synchronized JsonSchemaCheck schema() {
        if (schema == null) {
            schema = JsonSchemaCheck.fromClasspath(SCHEMA);
        }
        return schema;
    }

    public byte[] write(ResultsFile file) {
        ResultsJson.Whole whole = new ResultsJson.Whole(FORMAT, VERSION, "Limber",
                ResultsJson.PersonJson.of(file.person()), file.plans().stream().map(ResultsJson.PlanJson::of).toList(),
                file.sessions().stream().map(ResultsJson.SessionJson::of).toList());
        try {
            return mapper().writeValueAsBytes(whole);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("results could not be written as JSON", e);
        }
    }

    /** Writes the file atomically (a temporary file beside it, then a rename), readable by its owner only. */
    public void write(ResultsFile file, Path target) throws IOException {
        AtomicFiles.write(target, write(file));
        PrivateFiles.restrict(target, PrivateFiles.FILE);
    }

    public ResultsFile read(Path file) throws ResultsFileException {
        try {
            if (!Files.isRegularFile(file)) {
                throw new ResultsFileException(Kind.UNREADABLE, Files.exists(file) ? "not a regular file" : "no such file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ResultsFileException(Kind.TOO_LARGE, "the file is larger than " + MAX_BYTES / (1024 * 1024)
                        + " MB");
            }
            if (size == 0) {
                throw new ResultsFileException(Kind.INVALID, "the file is empty");
            }
            ResultsLimits.Head head;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                head = ResultsLimits.check(in);
            }
            checkKind(head);
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                return new ResultsReader(mapper(), schema()).read(in);
            }
        } catch (NoSuchFileException e) {
            throw new ResultsFileException(Kind.UNREADABLE, "no such file");
        } catch (StreamConstraintsException e) {
            throw new ResultsFileException(Kind.TOO_LARGE, "too large or complex for a results file: "
                    + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new ResultsFileException(Kind.INVALID, "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ResultsFileException(Kind.UNREADABLE, "cannot be read: " + e.getMessage());
        }
    }

    private static void checkKind(ResultsLimits.Head head) throws ResultsFileException {
        if (!FORMAT.equals(head.format())) {
            throw new ResultsFileException(Kind.WRONG_KIND, head.format() == null ? "no 'format': not a results file"
                    : "the file is a '" + head.format() + "', not a '" + FORMAT + "'");
        }
        BigDecimal version;
        try {
            version = new BigDecimal(String.valueOf(head.version()));
        } catch (NumberFormatException e) {
            return; // missing or not a number: the schema says what is wrong
        }
        if (version.compareTo(BigDecimal.valueOf(VERSION)) > 0) {
            throw new ResultsFileException(Kind.NEWER_VERSION, "written by a newer Limber (format " + version
                    + "); this one reads format " + VERSION);
        }
    }
}
