package org.limber.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17, item 8: one bad entry in inbox/ is moved aside and never blocks the hand-overs after it. */
class HandoffTest {

    @TempDir
    Path dir;

    @Test
    void unreadableRequestsAreMovedAsideAndTheGoodOnesStillArrive() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve(Handoff.INBOX));
        Files.createDirectory(inbox.resolve("0-folder.request"));
        Files.write(inbox.resolve("1-binary.request"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, (byte) 0xc3});
        Files.writeString(inbox.resolve("2-bad-name.request"), "/tmp/a\0b.limber.json");
        Files.write(inbox.resolve("3-huge.request"), new byte[Handoff.MAX_BYTES + 1]);
        Path good = Handoff.send(dir, Optional.of(dir.resolve("routine.limber.json")));

        List<Optional<Path>> taken = Handoff.take(dir);

        assertThat(taken).containsExactly(Optional.of(dir.resolve("routine.limber.json").toAbsolutePath()));
        assertThat(good).doesNotExist();
        assertThat(inbox.resolve(Handoff.REJECTED).resolve("1-binary.request")).exists();
        assertThat(inbox.resolve(Handoff.REJECTED).resolve("0-folder.request")).exists();
        assertThat(inbox.resolve(Handoff.REJECTED).resolve("3-huge.request")).exists();
        Handoff.send(dir, Optional.empty());
        assertThat(Handoff.take(dir)).containsExactly(Optional.empty());
    }
}
