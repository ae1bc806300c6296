package org.limber.settings;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;

/** The backups as Settings shows them, and putting one back. */
public interface BackupControl {

    /** One backup file. */
    record Info(String file, String kind, LocalDateTime made, long bytes) {
    }

    List<Info> list() throws IOException;

    /** Size of the data in use now, to warn before restoring something much smaller. */
    long currentBytes() throws IOException;

    /** Closes the data, puts the backup in place (the current file is kept aside), opens it again. */
    void restore(Info backup) throws IOException;
}
