package org.limber.io;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.limber.settings.Settings;
import org.limber.settings.SettingsStore;
import org.limber.storage.Database;

/** Issue 17, item 11: every folder Limber makes is 0700 and every file 0600, from creation. */
@DisabledOnOs(OS.WINDOWS)
class PrivateFilesTest {

    @TempDir
    Path dir;

    static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void theDataFolderItsDatabaseBackupsLockInboxAndSettingsArePrivate() throws Exception {
        Path data = dir.resolve("new").resolve("data");
        try (InstanceLock lock = InstanceLock.acquire(data).orElseThrow()) {
            try (Database db = Database.open(data)) {
                assertThat(db.file()).exists();
            }
            new SettingsStore(data.resolve("settings.json")).save(Settings.defaults());
            Handoff.send(data, Optional.of(dir.resolve("x.limber.json")));
        }
        try (Stream<Path> all = Files.walk(dir.resolve("new"))) {
            for (Path path : (Iterable<Path>) all::iterator) {
                String expected = Files.isDirectory(path) ? "rwx------" : "rw-------";
                assertThat(mode(path)).as(path.toString()).isEqualTo(expected);
            }
        }
        try (Stream<Path> backups = Files.list(data.resolve("backups"))) {
            assertThat(backups).isNotEmpty();
        }
    }

    @Test
    void logFilesArePrivateAlsoAfterARollOver() throws Exception {
        LoggerContext context = new LoggerContext();
        PrivateLogFile<ILoggingEvent> appender = new PrivateLogFile<>();
        appender.setContext(context);
        Path logs = dir.resolve("logs");
        appender.setFile(logs.resolve("limber.log").toString());
        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(logs.resolve("limber.%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(2);
        rolling.start();
        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf("1KB"));
        trigger.start();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%msg%n");
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        appender.setEncoder(encoder);
        appender.setRollingPolicy(rolling);
        appender.setTriggeringPolicy(trigger);
        appender.start();
        Logger logger = context.getLogger("test");
        logger.info("before the roll-over");
        appender.rollover();
        logger.info("after it");
        appender.stop();
        assertThat(logs.resolve("limber.1.log")).exists();
        assertThat(mode(logs)).isEqualTo("rwx------");
        assertThat(mode(logs.resolve("limber.log"))).isEqualTo("rw-------");
        assertThat(mode(logs.resolve("limber.1.log"))).isEqualTo("rw-------");
    }
}
