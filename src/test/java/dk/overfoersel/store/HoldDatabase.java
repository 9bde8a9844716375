package dk.overfoersel.store;

/**
 * A second process for {@link DatabaseInUseTest}: opens the database, says so, and either waits to be
 * killed, or (with "write") commits one round after the other, printing each committed accounts year.
 */
public final class HoldDatabase {
    public static void main(String[] args) throws Exception {
        try (Database db = Database.open(args[0])) {
            System.out.println("ready");
            System.out.flush();
            if (args.length > 1 && args[1].equals("write")) {
                for (int year = 2000; year < 2999; year++) {
                    int y = year;
                    db.inTransaction(dsl -> new RoundRepository(dsl).insert(
                            dk.overfoersel.domain.Round.of("Forvaltningen", "Udvalget", y, null, java.util.List.of())));
                    System.out.println(year);
                    System.out.flush();
                }
            }
            Thread.sleep(60_000);
        }
    }
}
