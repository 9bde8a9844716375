package dk.overfoersel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** backup and restore on the command line; a damaged database file names the newest backup. */
class BackupCommandTest {

    @TempDir
    Path dir;

    private long backups() throws Exception {
        Path b = dir.resolve("backups");
        if (!Files.isDirectory(b)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(b)) {
            return files.filter(f -> f.getFileName().toString().matches("overfoersel-\\d{8}-\\d{6}(-\\d+)?\\.zip")).count();
        }
    }

    @Test
    void backupAndRestoreBringBackTheRoundAndKeepTheStateBeforeTheRestore() throws Exception {
        CliRunner cli = new CliRunner(dir);
        assertThat(cli.run("example").code()).isZero();
        String original = cli.run("summary").out();

        CliRunner.Result backup = cli.run("backup");
        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(backups()).isEqualTo(1);
        Path zip;
        try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
            zip = files.findFirst().orElseThrow();
        }
        assertThat(backup.out()).contains("Sikkerhedskopi gemt: " + zip);

        Path named = dir.resolve("kopi.zip");
        assertThat(cli.run("backup", named.toString()).code()).isZero();
        assertThat(named).exists();

        // change the round: the summary differs
        Path json = dir.resolve("r.json");
        cli.run("export", json.toString());
        Files.writeString(json, Files.readString(json).replace("4500000.00", "4600000.00"));
        assertThat(cli.run("import", "--replace", json.toString()).code()).isZero();
        assertThat(cli.run("summary").out()).isNotEqualTo(original);

        CliRunner.Result restore = cli.run("restore", named.toString());
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("Den nuværende database er først sikkerhedskopieret:")
                .contains("er gendannet fra " + named);
        assertThat(backups()).isEqualTo(2);
        assertThat(cli.run("summary").out()).isEqualTo(original);
    }

    @Test
    void aFileThatIsNoBackupIsRefusedAndTheDatabaseIsUnchanged() throws Exception {
        CliRunner cli = new CliRunner(dir);
        assertThat(cli.run("example").code()).isZero();
        Path notZip = dir.resolve("noget.zip");
        Files.writeString(notZip, "ikke en zip");
        byte[] before = Files.readAllBytes(dir.resolve("db.mv.db"));

        CliRunner.Result result = cli.run("restore", notZip.toString());
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("er ikke en sikkerhedskopi fra Overførsel").doesNotContain("Exception");
        assertThat(Files.readAllBytes(dir.resolve("db.mv.db"))).isEqualTo(before);
        assertThat(backups()).isZero();
    }

    @Test
    void aDamagedFileNamesTheNewestBackupIsNotTouchedAndCanBeRestored() throws Exception {
        CliRunner cli = new CliRunner(dir);
        assertThat(cli.run("example").code()).isZero();
        String original = cli.run("summary").out();
        assertThat(cli.run("backup").code()).isZero();
        Path zip;
        try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
            zip = files.findFirst().orElseThrow();
        }
        Path file = dir.resolve("db.mv.db");
        byte[] garbage = new byte[20_000];
        new java.util.Random(7).nextBytes(garbage);
        Files.write(file, garbage);

        CliRunner.Result opened = cli.run("summary");
        assertThat(opened.code()).isEqualTo(1);
        assertThat(opened.err()).contains("er beskadiget").contains(zip.toString()).contains("overfoersel restore")
                .doesNotContain("Exception").doesNotContain("90030");
        assertThat(Files.readAllBytes(file)).isEqualTo(garbage);

        CliRunner.Result restore = cli.run("restore", zip.toString());
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("kunne ikke åbnes; den er gemt uændret");
        assertThat(cli.run("summary").out()).isEqualTo(original);
    }
}
