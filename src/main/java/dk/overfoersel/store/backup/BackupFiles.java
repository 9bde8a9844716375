package dk.overfoersel.store.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The backup files of a database: {@code backups/} next to the database file, one zip per backup named
 * {@code overfoersel-YYYYMMDD-HHMMSS.zip} (as H2's {@code BACKUP TO} writes it: the {@code .mv.db} file
 * inside). Keeps the newest {@value #KEEP_LAST} and, for each of the last {@value #KEEP_DAYS} days, the
 * newest of that day.
 */
public final class BackupFiles {

    public static final String DIRECTORY = "backups";
    public static final int KEEP_LAST = 10;
    public static final int KEEP_DAYS = 30;
    private static final String PREFIX = "overfoersel-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String DB_SUFFIX = ".mv.db";

    private BackupFiles() {
    }

    /** {@code backups/} next to the database file. */
    public static Path directory(Path databaseFile) {
        Path parent = databaseFile.toAbsolutePath().getParent();
        return parent.resolve(DIRECTORY);
    }

    /** A new backup's file in the directory, named by the time (a suffix when that name is taken). */
    public static Path newName(Path directory, LocalDateTime now) {
        String base = PREFIX + STAMP.format(now);
        Path file = directory.resolve(base + ".zip");
        for (int i = 2; Files.exists(file); i++) {
            file = directory.resolve(base + "-" + i + ".zip");
        }
        return file;
    }

    /** The backups in the directory, newest first (by the time in the name). */
    public static List<Path> list(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> time(f).isPresent())
                    .sorted(Comparator.comparing((Path f) -> time(f).orElseThrow()).thenComparing(Path::toString).reversed())
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    public static Optional<Path> newest(Path directory) {
        return list(directory).stream().findFirst();
    }

    /** Deletes the backups the retention does not keep; returns the deleted ones. */
    public static List<Path> prune(Path directory, LocalDate today) {
        List<Path> all = list(directory);
        Set<LocalDate> daysKept = new HashSet<>();
        List<Path> deleted = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Path f = all.get(i);
            LocalDate day = time(f).orElseThrow().toLocalDate();
            boolean recentDay = !day.isBefore(today.minusDays(KEEP_DAYS - 1L)) && daysKept.add(day);
            if (i < KEEP_LAST) {
                daysKept.add(day);
                continue;
            }
            if (!recentDay) {
                try {
                    Files.deleteIfExists(f);
                    deleted.add(f);
                } catch (IOException e) {
                    // left for the next time
                }
            }
        }
        return deleted;
    }

    private static Optional<LocalDateTime> time(Path file) {
        String name = file.getFileName().toString();
        if (!name.startsWith(PREFIX) || !name.endsWith(".zip") || name.length() < PREFIX.length() + 15) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(name.substring(PREFIX.length(), PREFIX.length() + 15), STAMP));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Copies a database file as it is (it may be damaged) into a zip, the way a backup holds it. */
    public static void zipRaw(Path databaseFile, Path zip) throws IOException {
        Path temp = Files.createTempFile(zip.getParent(), ".backup-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp); ZipOutputStream z = new ZipOutputStream(out)) {
                z.putNextEntry(new ZipEntry(databaseFile.getFileName().toString()));
                Files.copy(databaseFile, z);
                z.closeEntry();
            }
            Files.move(temp, zip, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Takes the database file out of a backup zip into {@code target} (a temporary file next to the
     * database). Refuses a zip without exactly one {@code .mv.db} entry.
     *
     * @throws IOException when the file is no backup (message without detail: the caller says it in Danish)
     */
    public static void extract(Path zip, Path target) throws IOException {
        int found = 0;
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                if (!e.isDirectory() && e.getName().endsWith(DB_SUFFIX)) {
                    found++;
                    if (found > 1) {
                        throw new IOException("several databases");
                    }
                    Files.copy(z, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        if (found != 1) {
            throw new IOException("no database");
        }
    }
}
