package dk.overfoersel;

import dk.overfoersel.domain.Commitment;
import dk.overfoersel.domain.CommitmentStatus;
import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.Round;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.TransferCase;
import dk.overfoersel.domain.UnderspendLine;
import dk.overfoersel.store.DatabaseLocation;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Small cases and temporary databases for tests. */
public final class TestCases {

    private TestCases() {
    }

    public static String url(Path dir) {
        return DatabaseLocation.toUrl(dir.resolve("test").toString());
    }

    public static TransferCase small() {
        Round round = new Round("Testforvaltningen", "Testudvalget", 2020, 2021, LocalDate.of(2020, 11, 26),
                List.of(new UnderspendLine("Mindreforbrug", Money.ofKroner(3_000_000)),
                        new UnderspendLine("Merforbrug på IT", Money.ofKroner(-500_000))));
        Transfer a = new Transfer(1, "Første", 3, Money.ofKroner(1_000_000), Money.ofKroner(400_000),
                "Baggrund\n\n- punkt", "Konsekvens", "Anbefaling",
                List.of(new Commitment("Firma A/S", "Kontrakt", Money.ofOere(12_345_67L), CommitmentStatus.SIGNED),
                        new Commitment("Center Nord", "Planlagt", Money.ofKroner(100_000), CommitmentStatus.PLANNED)));
        Transfer b = new Transfer(2, "Anden", 2, Money.ofOere(5_000_050L), Money.ZERO, "", "", "", List.of());
        return new TransferCase(round, List.of(a, b));
    }
}
