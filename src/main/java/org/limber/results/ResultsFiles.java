package org.limber.results;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.limber.io.AtomicFiles;
import org.limber.io.JsonSchemaCheck;
import org.limber.io.PrivateFiles;
import org.limber.results.ResultsFileException.Kind;

/**
 * Reads and writes {@code *.limber-results.json}. Reading streams through the file twice (limits,
 * then one session at a time against the schema) and hands the sessions on one at a time, so a
 * file of up to 50 MB is read in a small, bounded part of the heap; nothing is returned unless
 * all of it is acceptable.
 */
public final class ResultsFiles {

    public static final String FORMAT = "limber-results";
    public static final int VERSION = 1;
    public static final String EXTENSION = ".limber-results.json";
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    static final String SCHEMA = "/assets/schema/results.schema.json";
    /** The share of the progress the first pass (limits) takes; the second (sessions) takes the rest. */
    static final double LIMITS_SHARE = 0.25;

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

    /** Reads a whole file into memory (a small one: the app streams, see {@link #each}). */
    public ResultsFile read(Path file) throws ResultsFileException {
        List<ResultSession> sessions = new ArrayList<>();
        ResultsHead head = each(file, sessions::add, done -> { });
        return new ResultsFile(head.person(), head.plans(), sessions);
    }

    /** Checks the whole file, keeping none of its sessions: the head, or why the file is refused. */
    public ResultsHead check(Path file, DoubleConsumer progress) throws ResultsFileException {
        return each(file, session -> { }, progress);
    }

    /**
     * Checks the file in two passes and hands its sessions, one at a time, to {@code sink} in the
     * second (see {@link ResultsReader#read}); {@code progress} gets the share of the file read,
     * 0 to 1, as it goes. Memory stays small whatever the file's size.
     */
    public ResultsHead each(Path file, Consumer<ResultSession> sink, DoubleConsumer progress)
            throws ResultsFileException {
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
            try (InputStream in = counted(file, size, progress, 0, LIMITS_SHARE)) {
                head = ResultsLimits.check(in);
            }
            checkKind(head);
            try (InputStream in = counted(file, size, progress, LIMITS_SHARE, 1)) {
                return new ResultsReader(mapper(), schema()).read(in, sink);
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

    /** The file, telling {@code progress} how far it has been read, as a share between {@code from} and {@code to}. */
    private static InputStream counted(Path file, long size, DoubleConsumer progress, double from, double to)
            throws IOException {
        return new BufferedInputStream(new FilterInputStream(Files.newInputStream(file)) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                moved(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                moved(Math.max(n, 0));
                return n;
            }

            private void moved(int n) {
                read += n;
                progress.accept(from + (to - from) * Math.min(1.0, (double) read / size));
            }
        });
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
