package org.limber.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceTest {

    @TempDir
    Path dir;

    @Test
    void onlyOneHolderOfADataFolderAtATime() throws Exception {
        Optional<InstanceLock> first = InstanceLock.acquire(dir);
        assertThat(first).isPresent();
        assertThat(InstanceLock.acquire(dir)).isEmpty();
        first.get().close();
        Optional<InstanceLock> again = InstanceLock.acquire(dir);
        assertThat(again).isPresent();
        again.get().close();
    }

    @Test
    void aRequestIsTakenOnceWithItsFile() throws Exception {
        Path file = dir.resolve("morning.limber.json");
        Path request = Handoff.send(dir, Optional.of(file));
        Handoff.send(dir, Optional.empty());
        List<Optional<Path>> taken = Handoff.take(dir);
        assertThat(taken).containsExactlyInAnyOrder(Optional.of(file.toAbsolutePath()), Optional.empty());
        assertThat(Files.exists(request)).isFalse();
        assertThat(Handoff.take(dir)).isEmpty();
        assertThat(Handoff.taken(request, 1000, ms -> { })).isTrue();
    }

    @Test
    void nobodyTakingTheRequestIsNoticedAndCleanedUp() throws Exception {
        Path request = Handoff.send(dir, Optional.empty());
        assertThat(Handoff.taken(request, 300, ms -> { })).isFalse();
        assertThat(Files.exists(request)).isFalse();
    }
}
