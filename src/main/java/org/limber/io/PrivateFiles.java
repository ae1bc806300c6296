package org.limber.io;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Everything Limber writes is its owner's only: folders 0700 and files 0600, given at creation
 * (never made public first and narrowed later). On file systems without POSIX permissions
 * (Windows) the calls create plainly.
 */
public final class PrivateFiles {

    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {
    }

    static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** Creates the folder and any missing parents, each 0700. An existing folder is left as it is. */
    public static Path createDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return dir;
        }
        return posix(dir) ? Files.createDirectories(dir, attribute(FOLDER)) : Files.createDirectories(dir);
    }

    /** Creates the folder like {@link #createDirectories}, and narrows it to 0700 if it already existed. */
    public static Path ownFolder(Path dir) throws IOException {
        createDirectories(dir);
        restrict(dir, FOLDER);
        return dir;
    }

    /** Creates an empty file that is 0600 from its first byte. Fails if it exists. */
    public static Path createFile(Path file) throws IOException {
        return posix(file) ? Files.createFile(file, attribute(FILE)) : Files.createFile(file);
    }

    /** Creates the file 0600 when it is missing; narrows it to 0600 when it is there. */
    public static Path ensureFile(Path file) throws IOException {
        try {
            createFile(file);
        } catch (FileAlreadyExistsException e) {
            restrict(file, FILE);
        }
        return file;
    }

    /** Narrows the permissions; quietly does nothing where the file system has none. */
    public static void restrict(Path path, Set<PosixFilePermission> permissions) {
        if (!posix(path)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(path, permissions);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // not ours to change (another owner): reading still works
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> attribute(Set<PosixFilePermission> permissions) {
        return PosixFilePermissions.asFileAttribute(permissions);
    }
}
