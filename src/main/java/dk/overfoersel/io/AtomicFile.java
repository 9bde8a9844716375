package dk.overfoersel.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * The one way the program writes a file (JSON, XLSX, the bilag, backups): to a temporary file in the
 * target's folder, forced to the disk, then moved over the target in one step. A failure (a full disk,
 * a folder without write access) leaves the old file as it was and no temporary file behind, and is
 * told in Danish naming the target ({@link FileWriteException}). The new file gets the user's normal
 * permissions (those of the old file when there was one), not the {@code rw-------} of
 * {@code Files.createTempFile}.
 */
public final class AtomicFile {

    /** Writes the content; may be called once per write. */
    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** Writes the file at the path it is given (a tool that writes by name, such as H2's BACKUP TO). */
    @FunctionalInterface
    public interface PathBody {
        void write(Path temporary) throws IOException;
    }

    private AtomicFile() {
    }

    public static void writeString(Path target, String text) throws FileWriteException {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    public static void write(Path target, Body body) throws FileWriteException {
        replace(target, tmp -> {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024)) {
                body.write(out);
                out.flush();
                channel.force(true);
            }
        }, false);
    }

    /**
     * As {@link #write(Path, Body)} for a tool that writes a file by its name: it writes a temporary
     * file (not yet existing) in the target's folder, which is then forced to disk and moved into place.
     */
    public static void writeByPath(Path target, PathBody body) throws FileWriteException {
        replace(target, body, true);
    }

    /** The one way a file is replaced: a temporary file beside it, forced to disk, moved over it. */
    private static void replace(Path target, PathBody produce, boolean forceAfter) throws FileWriteException {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        boolean existed = Files.exists(file);
        if (folder == null || !Files.isDirectory(folder)) {
            throw FileErrors.write(file, existed, new NoSuchFileException(String.valueOf(folder)));
        }
        if (Files.isDirectory(file)) {
            throw new FileWriteException(file, dk.overfoersel.domain.Texts.get("io.isDirectory", file));
        }
        Path tmp = folder.resolve(".overfoersel-" + UUID.randomUUID() + ".tmp");
        try {
            produce.write(tmp);
            if (forceAfter) {
                if (!Files.isRegularFile(tmp)) {
                    throw new NoSuchFileException(tmp.toString());
                }
                try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
            }
            keepPermissions(file, tmp, existed);
            move(tmp, file);
            syncFolder(folder);
        } catch (FileWriteException e) {
            throw e;
        } catch (IOException e) {
            throw FileErrors.write(file, existed, e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // nothing more can be done; the name starts with a dot
            }
        }
    }

    private static void move(Path tmp, Path file) throws IOException {
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A file the user already had keeps its permissions; a new one has the umask's (as any program's). */
    private static void keepPermissions(Path file, Path tmp, boolean existed) {
        if (!existed) {
            return;
        }
        try {
            Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(file));
        } catch (IOException | UnsupportedOperationException | SecurityException ignored) {
            // not a POSIX file system, or not ours: the defaults stay
        }
    }

    /** So that the rename itself survives a power cut (Linux; elsewhere a no-op). */
    private static void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | RuntimeException ignored) {
            // not supported on this system
        }
    }
}
