package dk.overfoersel.ui.model;

import dk.overfoersel.app.Composition;
import dk.overfoersel.domain.Commitment;
import dk.overfoersel.domain.CommitmentStatus;
import dk.overfoersel.domain.Money;
import dk.overfoersel.ui.StubDialogs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A second process for {@link WindowSaveKillTest}: the window's save path (the {@link Workspace}: an edit,
 * then {@code saveDirty()} — update use case, audit, checkpoint) on the database in args[0], edit after
 * edit, printing "saved N" after each save returned. The jobs run on the calling thread
 * ({@link Background#direct()}): the same code the window's background thread runs, without a display.
 */
public final class WindowSaveWriter {
    public static void main(String[] args) throws Exception {
        StubDialogs dialogs = new StubDialogs();
        Workspace workspace = new Workspace(Composition.windowCaseServices(Map.of()), Background.direct(), dialogs);
        workspace.openDatabase(args[0]);
        TransferItem item = workspace.transfers().stream().filter(t -> t.value().number() == 12).findFirst().orElseThrow();
        workspace.complete(item, () -> { }); // as the editor does before editing
        System.out.println("ready");
        System.out.flush();
        for (int n = 1; n < 100_000; n++) {
            // the amount grows by one krone per edit; every edit also adds a signed commitment of 1 krone
            workspace.changeTransfer(item, item.value().withAmounts(Money.ofKroner(4_500_000 + n), item.value().earlyApproved()));
            List<Commitment> list = new ArrayList<>(item.value().commitments());
            list.add(new Commitment("Leverandør " + n, "", Money.ofKroner(1), CommitmentStatus.SIGNED));
            workspace.changeTransfer(item, item.value().withCommitments(list));
            workspace.saveDirty();
            if (!dialogs.errors.isEmpty()) {
                System.out.println("error " + dialogs.errors);
                return;
            }
            System.out.println("saved " + n);
            System.out.flush();
        }
    }
}
