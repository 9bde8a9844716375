package dk.overfoersel.document;

/** Manual: renders the example (with figures) and a generated round to target/bilag-pdf, with timings. */
final class RenderOnce {
    public static void main(String[] args) throws Exception {
        for (int i = 0; i < Integer.parseInt(args.length > 0 ? args[0] : "1"); i++) {
            long t0 = System.nanoTime();
            BilagAccessibilityTest.pdf("example");
            long t1 = System.nanoTime();
            BilagAccessibilityTest.pdf("generated60");
            long t2 = System.nanoTime();
            System.out.printf("example %d ms, generated60 %d ms%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
        }
    }
}
