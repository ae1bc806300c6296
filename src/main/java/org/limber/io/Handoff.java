package org.limber.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * How a second launch talks to the running Limber without any network: it leaves a request
 * file in {@code inbox/} of the data folder (what to import, or nothing: just come to the
 * front); the running app picks it up and deletes it, which is the answer.
 */
public final class Handoff {

    public static final String INBOX = "inbox";
    static final String SUFFIX = ".request";
    static final String REJECTED = "rejected";
    /** A request holds one file name; anything longer is not one. */
    static final int MAX_BYTES = 64 * 1024;

    private Handoff() {
    }

    /** Leaves a request; returns its path so the sender can wait for it to be taken. */
    public static Path send(Path dataDir, Optional<Path> fileToImport) throws IOException {
        Path inbox = dataDir.resolve(INBOX);
        PrivateFiles.createDirectories(inbox);
        Path request = inbox.resolve(UUID.randomUUID() + SUFFIX);
        String body = fileToImport.map(p -> p.toAbsolutePath().toString()).orElse("");
        AtomicFiles.write(request, body.getBytes(StandardCharsets.UTF_8));
        return request;
    }

    /** Waits until the running app took the request, at most {@code millis}. */
    public static boolean taken(Path request, long millis, Sleeper sleeper) throws InterruptedException {
        for (long waited = 0; waited < millis; waited += 100) {
            if (!Files.exists(request)) {
                return true;
            }
            sleeper.sleep(100);
        }
        if (Files.exists(request)) {
            try {
                Files.deleteIfExists(request);
            } catch (IOException e) {
                // left behind: the next start ignores requests it cannot read
            }
            return false;
        }
        return true;
    }

    /**
     * Takes every waiting request: each is deleted and its file to import (if any) returned. A
     * request that cannot be read (a folder, bytes that are not text, a name that is not a file
     * name, something too long) is moved to {@code inbox/rejected/} and skipped, so it never
     * blocks the ones after it.
     */
    public static List<Optional<Path>> take(Path dataDir) throws IOException {
        Path inbox = dataDir.resolve(INBOX);
        List<Optional<Path>> requests = new ArrayList<>();
        if (!Files.isDirectory(inbox)) {
            return requests;
        }
        List<Path> waiting;
        try (Stream<Path> files = Files.list(inbox)) {
            waiting = files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        }
        for (Path request : waiting) {
            try {
                Optional<Path> file = read(request);
                Files.deleteIfExists(request);
                requests.add(file);
            } catch (IOException | RuntimeException e) {
                reject(inbox, request);
            }
        }
        return requests;
    }

    private static Optional<Path> read(Path request) throws IOException {
        if (!Files.isRegularFile(request) || Files.size(request) > MAX_BYTES) {
            throw new IOException(request + " is not a request");
        }
        byte[] bytes = Files.readAllBytes(request);
        String body = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString().strip();
        return body.isEmpty() ? Optional.empty() : Optional.of(Path.of(body));
    }

    private static void reject(Path inbox, Path request) {
        try {
            Path rejected = PrivateFiles.createDirectories(inbox.resolve(REJECTED));
            Files.move(request, rejected.resolve(request.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(request);
            } catch (IOException | RuntimeException gone) {
                // neither movable nor removable: list() skips it again, and nothing after it waits
            }
        }
    }

    /** Thread.sleep, replaceable in tests. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }
}
