package dk.overfoersel.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "POSIX permissions")
    void writesTheWholeFileWithTheUsersNormalPermissionsAndLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("runde.json");
        AtomicFile.writeString(file, "{\"a\":1}\n");
        assertThat(file).hasContent("{\"a\":1}");
        // what any program gets from the umask, not the rw------- of Files.createTempFile
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(plain))
                .contains(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.getPosixFilePermissions(Files.createTempFile(dir, "x", ".tmp")))
                .as("the permissions the helper avoids").isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(dir).isDirectoryNotContaining("glob:**/.overfoersel-*");
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "POSIX permissions")
    void anExistingFileKeepsItsPermissions() throws Exception {
        Path file = dir.resolve("delt.json");
        Files.writeString(file, "old");
        Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(file, shared);
        AtomicFile.writeString(file, "new");
        assertThat(file).hasContent("new");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(shared);
    }

    @Test
    void aFailureWhileWritingLeavesTheOldFileIntactAndSaysSoInDanish() throws Exception {
        Path file = dir.resolve("bilag.pdf");
        Files.writeString(file, "the old document");
        FileWriteException e = catchThrowableOfType(FileWriteException.class, () -> AtomicFile.write(file, out -> {
            out.write(new byte[100_000]);
            throw new IOException("No space left on device");
        }));
        assertThat(e).hasMessage("Filen " + file + " kan ikke skrives: der er ikke plads nok på disken. "
                + "Frigør plads, eller gem et andet sted. Den tidligere bilag.pdf er uændret.");
        assertThat(e.target()).isEqualTo(file);
        assertThat(file).hasContent("the old document");
        assertThat(dir).isDirectoryNotContaining("glob:**/.overfoersel-*");
    }

    @Test
    void aMissingFolderOrAFolderInTheWayNamesTheTarget() {
        Path file = dir.resolve("findes-ikke").resolve("x.xlsx");
        FileWriteException e = catchThrowableOfType(FileWriteException.class, () -> AtomicFile.writeString(file, "x"));
        assertThat(e.getMessage()).isEqualTo("Filen " + file + " kan ikke skrives: mappen " + file.getParent() + " findes ikke.");

        FileWriteException folder = catchThrowableOfType(FileWriteException.class, () -> AtomicFile.writeString(dir, "x"));
        assertThat(folder.getMessage()).contains("der findes en mappe med det navn").doesNotContain(".tmp");
    }

    @Test
    void theOperatingSystemsReasonsBecomeDanish() {
        Path file = dir.resolve("a.json");
        assertThat(FileErrors.write(file, false, new AccessDeniedException(dir.resolve(".overfoersel-1.tmp").toString())))
                .hasMessage("Filen " + file + " kan ikke skrives: du har ikke skriveadgang til mappen " + dir + ". Gem et andet sted.");
        assertThat(FileErrors.write(file, true, new FileSystemException("/x", null, "Read-only file system")).getMessage())
                .contains("kun kan læses").contains("Den tidligere a.json er uændret.").doesNotContain("/x");
        assertThat(FileErrors.write(file, false, new IOException("Input/output error")).getMessage())
                .isEqualTo("Filen " + file + " kan ikke skrives. Kontrollér mappen, og prøv igen.");
    }
}
