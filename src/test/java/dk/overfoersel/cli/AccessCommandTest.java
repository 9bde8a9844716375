package dk.overfoersel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code access map|list}: the administration → group mapping through the audited write path. */
class AccessCommandTest {

    @TempDir
    Path dir;

    @Test
    void mapsAnAdministrationToAGroupListsItAndRecordsItInTheHistory() {
        CliRunner cli = new CliRunner(dir);
        CliRunner.Result none = cli.run("access", "list");
        assertThat(none.code()).as(none.err()).isZero();
        assertThat(none.out()).contains("Ingen forvaltninger er knyttet til en gruppe endnu.");

        CliRunner.Result mapped = cli.run("access", "map", "Beskæftigelses- og Integrationsforvaltningen", "bif_sagsbehandlere");
        assertThat(mapped.code()).as(mapped.err()).isZero();
        assertThat(mapped.out()).contains("Beskæftigelses- og Integrationsforvaltningen er knyttet til gruppen bif_sagsbehandlere.");
        assertThat(cli.run("access", "map", "Økonomiforvaltningen", "oekonomi", "--reads-all").code()).isZero();
        // mapping again replaces the earlier group
        assertThat(cli.run("access", "map", "Beskæftigelses- og Integrationsforvaltningen", "bif_team").code()).isZero();

        CliRunner.Result list = cli.run("access", "list");
        assertThat(list.out().lines()).containsExactlyInAnyOrder(
                "Beskæftigelses- og Integrationsforvaltningen: gruppen bif_team",
                "Økonomiforvaltningen: gruppen oekonomi (læser alle forvaltninger)");

        CliRunner.Result history = cli.run("history", "--json");
        assertThat(history.out()).contains("\"useCase\":\"mapAdministration\"").contains("bif_team").contains("bif_sagsbehandlere");
    }

    @Test
    void aGroupNameThatIsNotAPlainIdentifierIsRefusedInDanishAndNothingIsStored() {
        CliRunner cli = new CliRunner(dir);
        CliRunner.Result bad = cli.run("access", "map", "Økonomiforvaltningen", "Økonomi; DROP ROLE x");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("Gruppenavnet „Økonomi; DROP ROLE x“ kan ikke bruges").doesNotContain("Exception");
        assertThat(cli.run("access", "list").out()).contains("Ingen forvaltninger er knyttet til en gruppe endnu.");
        CliRunner.Result usage = cli.run("access", "map", "Økonomiforvaltningen");
        assertThat(usage.code()).isEqualTo(2);
    }
}
