package org.limber.ui.common;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.limber.io.DataNotOpenException;
import org.limber.io.StorageException;

/** Why a task failed, in the user's words: the kind of problem, not the exception's text. */
public enum FailureReason {
    DATA_NOT_OPEN("failure.reason.dataNotOpen"),
    DATA("failure.reason.data"),
    DISK_FULL("failure.reason.diskFull"),
    READ_ONLY("failure.reason.readOnly"),
    BUSY("failure.reason.busy"),
    DAMAGED("failure.reason.damaged"),
    NO_PERMISSION("failure.reason.noPermission"),
    SERVER_UNREACHABLE("failure.reason.serverUnreachable"),
    SERVER_REFUSED("failure.reason.serverRefused"),
    NOT_FOUND("failure.reason.notFound"),
    FILE("failure.reason.file"),
    MEMORY("failure.reason.memory"),
    UNEXPECTED("failure.reason.unexpected");

    private final String key;

    FailureReason(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static FailureReason of(Throwable error) {
        if (error instanceof DataNotOpenException) {
            return DATA_NOT_OPEN;
        }
        if (error instanceof StorageException storage) {
            return switch (storage.problem()) {
                case DISK_FULL -> DISK_FULL;
                case READ_ONLY -> READ_ONLY;
                case BUSY -> BUSY;
                case DAMAGED -> DAMAGED;
                case NOT_OPEN -> DATA_NOT_OPEN;
                case UNREACHABLE -> SERVER_UNREACHABLE;
                case NOT_ALLOWED -> SERVER_REFUSED;
                case OTHER -> DATA;
            };
        }
        if (error instanceof AccessDeniedException) {
            return NO_PERMISSION;
        }
        if (error instanceof NoSuchFileException || error instanceof FileNotFoundException) {
            return NOT_FOUND;
        }
        if (error instanceof IOException) {
            return FILE;
        }
        if (error instanceof OutOfMemoryError) {
            return MEMORY;
        }
        return UNEXPECTED;
    }
}
