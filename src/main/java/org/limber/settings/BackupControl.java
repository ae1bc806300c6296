package org.limber.settings;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The backups as Settings shows them, and putting one back. */
public interface BackupControl {

    /** One backup file. */
    record Info(String file, String kind, LocalDateTime made, long bytes) {
    }

    List<Info> list() throws IOException;

    /** The message key of what keeps backups from being made (say, {@code backups} is a file), or empty. */
    default Optional<String> folderProblem() throws IOException {
        return Optional.empty();
    }

    /** Size of the data in use now, to warn before restoring something much smaller. */
    long currentBytes() throws IOException;

    /** Closes the data, puts the backup in place (the current file is kept aside), opens it again. */
    void restore(Info backup) throws IOException;
}
