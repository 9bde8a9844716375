package dk.overfoersel.service.backup;

import dk.overfoersel.domain.Texts;
import dk.overfoersel.service.UseCaseException;
import dk.overfoersel.store.Database;
import dk.overfoersel.store.DatabaseLocation;
import dk.overfoersel.store.StoreException;
import dk.overfoersel.store.backup.BackupFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The backup use cases: a consistent copy of the open database into {@code backups/} (or a chosen
 * file), and restoring one — which first backs up the current state, then replaces the database file.
 */
public final class Backups {

    /** What a restore did, for the user to read. */
    public record RestoreReport(Path databaseFile, Path restoredFrom, Path safetyBackup, boolean safetyCopiedAsIs) {
    }

    private Backups() {
    }

    /** {@code backups/} next to the database file at this URL, or null when it is no file database. */
    public static Path directory(String url) {
        Path file = DatabaseLocation.h2File(url);
        return file == null ? null : BackupFiles.directory(file);
    }

    /**
     * Backs the open database up into {@code target}, or (null) into {@code backups/} next to it, where
     * the retention then deletes what it no longer keeps. Returns the backup's file.
     */
    public static Path backup(Database database, Path target, Clock clock) {
        Path file = database.file();
        if (file == null) {
            throw new UseCaseException(Texts.get("backup.notH2"));
        }
        Path dir = BackupFiles.directory(file);
        Path to = target != null ? target.toAbsolutePath() : BackupFiles.newName(dir, LocalDateTime.now(clock));
        try {
            database.backupTo(to);
        } catch (StoreException e) {
            throw new UseCaseException(e.getMessage(), e);
        }
        if (target == null) {
            BackupFiles.prune(dir, LocalDate.now(clock));
        }
        return to;
    }

    /**
     * Replaces the database at {@code url} (closed: no program may have it open) by the backup in
     * {@code zip}: checks that the zip holds an Overførsel database that opens, backs the current state up
     * into {@code backups/} (a damaged file is copied as it is), then moves the backup's file into place.
     */
    public static RestoreReport restore(String url, Path zip, Clock clock) {
        Path file = DatabaseLocation.h2File(url);
        if (file == null) {
            throw new UseCaseException(Texts.get("backup.notH2"));
        }
        Path source = zip.toAbsolutePath();
        if (!Files.isRegularFile(source) || !Files.isReadable(source)) {
            throw new UseCaseException(Texts.get("restore.noFile", source));
        }
        Path dir = file.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, ".restore-", ".mv.db");
            try {
                BackupFiles.extract(source, temp);
            } catch (IOException e) {
                throw new UseCaseException(Texts.get("restore.notABackup", source), e);
            }
            check(temp, source);
            Path safety = BackupFiles.newName(BackupFiles.directory(file), LocalDateTime.now(clock));
            boolean asIs = safetyBackup(url, file, safety);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            BackupFiles.prune(BackupFiles.directory(file), LocalDate.now(clock));
            return new RestoreReport(file, source, Files.exists(safety) ? safety : null, asIs);
        } catch (IOException e) {
            throw new UseCaseException(Texts.get("restore.failed", file, source), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a stray temporary file; the database is whole
                }
            }
        }
    }

    /** The extracted file must open as one of our databases (migrated if it is older). */
    private static void check(Path extracted, Path source) {
        String name = extracted.toString();
        String base = name.substring(0, name.length() - ".mv.db".length());
        try (Database candidate = Database.open("jdbc:h2:file:" + base + ";IFEXISTS=TRUE;WRITE_DELAY=0")) {
            candidate.checkpoint();
        } catch (StoreException e) {
            throw new UseCaseException(Texts.get("restore.notUsable", source, e.getMessage()), e);
        }
    }

    /** Backs up what is there now; a file that cannot be opened (damaged) is zipped as it is. True then. */
    private static boolean safetyBackup(String url, Path file, Path safety) throws IOException {
        if (!Files.exists(file)) {
            return false;
        }
        Files.createDirectories(safety.getParent());
        try (Database current = Database.open(url)) {
            current.backupTo(safety);
            return false;
        } catch (StoreException e) {
            if (e.inUse()) {
                throw new UseCaseException(e.getMessage(), e);
            }
            BackupFiles.zipRaw(file, safety);
            return true;
        }
    }
}
