package dk.overfoersel.bench;

import dk.overfoersel.app.Composition;
import dk.overfoersel.service.CaseService;
import dk.overfoersel.service.CaseServiceFactory;
import dk.overfoersel.ui.StubDialogs;
import dk.overfoersel.ui.model.Background;
import dk.overfoersel.ui.model.MainViewModel;
import dk.overfoersel.ui.model.TransferItem;
import dk.overfoersel.ui.model.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Typing an amount in the window with a large round open: the time from one keystroke in the editor's
 * amount field until the ceiling bar's figures show the new sum (the editor's check, the preview in the
 * running sum, the bar's texts), measured on the view models of the window with the round of
 * {@link ScaleRound} (default 10.000 transfers) stored in a temporary H2 database. Goal (issue 12):
 * under 16 ms, one frame. Prints median, 99th percentile and maximum over many keystrokes.
 * (The drawing of the bar's labels in the next frame is not included: it does not depend on the round's size.)
 *
 * <p>Run: {@code java -cp "target/test-classes:target/classes:target/installer/Overfoersel/lib/app/*"
 * dk.overfoersel.bench.BarUpdateBench [N]} (installer/bench-scale.sh runs it).
 */
public final class BarUpdateBench {

    private BarUpdateBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Files.createTempDirectory("bar-bench");
        String db = dir.resolve("bench").toString();
        CaseServiceFactory services = Composition.caseServices(Map.of());
        try (CaseService s = services.open(db)) {
            s.importCase(ScaleRound.of(n, 1), false);
        }
        Workspace workspace = new Workspace(services, Background.direct(), new StubDialogs());
        MainViewModel main = new MainViewModel(workspace, db);
        long openStart = System.nanoTime();
        main.start();
        long openMs = (System.nanoTime() - openStart) / 1_000_000;
        TransferItem item = workspace.transfers().get(workspace.transfers().size() / 2);
        main.transfers().selectedProperty().set(item);
        var amount = main.editor().amountProperty();
        var bar = main.ceiling().headroom().exactProperty();

        int keystrokes = 2_000;
        long[] nanos = new long[keystrokes];
        long[] cpu = new long[keystrokes];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        String before = bar.get();
        int changed = 0;
        for (int i = 0; i < keystrokes; i++) {
            // a user typing an amount digit by digit: 1, 12, 123, ... 1234567, then again
            String typed = "1234567".substring(0, 1 + i % 7);
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            amount.set(typed);
            String shown = bar.get();
            nanos[i] = System.nanoTime() - t0;
            cpu[i] = threads.getCurrentThreadCpuTime() - c0;
            if (!shown.equals(before)) {
                changed++;
                before = shown;
            }
        }
        System.out.printf(Locale.ROOT, "bar update on typing an amount, %d transfers (round opened in %d ms; "
                + "%d of %d keystrokes changed the bar's exact headroom; goal < 16 ms):%n", n, openMs, changed, keystrokes);
        print("all keystrokes, wall", nanos);
        print("after the first 200 (JIT warm), wall", Arrays.copyOfRange(nanos, 200, keystrokes));
        // on a loaded machine the wall time includes waiting for a core; the thread's CPU time does not
        print("after the first 200, CPU of the thread", Arrays.copyOfRange(cpu, 200, keystrokes));
        workspace.close();
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int k = sorted.length;
        System.out.printf(Locale.ROOT, "  %-36s median %.3f ms, 99th percentile %.3f ms, max %.3f ms (%d keystrokes)%n",
                what, sorted[k / 2] / 1e6, sorted[k * 99 / 100] / 1e6, sorted[k - 1] / 1e6, k);
    }
}
