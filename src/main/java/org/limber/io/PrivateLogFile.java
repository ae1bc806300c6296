package org.limber.io;

import ch.qos.logback.core.rolling.RollingFileAppender;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Logback's rolling file appender, except that the log folder is 0700 and every log file 0600
 * from creation (logback itself would create them with the process's umask, usually 0755/0644),
 * including the fresh file it opens after each roll-over.
 */
public final class PrivateLogFile<E> extends RollingFileAppender<E> {

    @Override
    public void openFile(String fileName) throws IOException {
        Path file = Path.of(fileName).toAbsolutePath();
        PrivateFiles.createDirectories(file.getParent());
        PrivateFiles.ensureFile(file);
        super.openFile(fileName);
    }
}
