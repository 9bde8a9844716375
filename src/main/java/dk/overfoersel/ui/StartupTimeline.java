package dk.overfoersel.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * Marks on the way to the first frame, for measuring the start (installer/bench-start.sh): only when
 * the environment variable {@value StartupMarker#ENV} is set does {@link #mark} record anything, and
 * the marker lines end with the milliseconds of each mark since {@code main} (the time before
 * {@code main} is the launch time measured outside less the last mark).
 */
public final class StartupTimeline {

    private static final boolean ON = System.getenv(StartupMarker.ENV) != null;
    private static final long ORIGIN = System.nanoTime();
    private static final List<String> MARKS = new ArrayList<>();

    private StartupTimeline() {
    }

    /** Records that the start has reached {@code what} (any thread). */
    public static void mark(String what) {
        if (ON) {
            long ms = (System.nanoTime() - ORIGIN) / 1_000_000;
            synchronized (MARKS) {
                MARKS.add(what + " " + ms);
            }
        }
    }

    /** "mark ms; mark ms; …", milliseconds since the first mark ({@code main}). */
    static String summary() {
        StringBuilder b = new StringBuilder("ms since main:");
        synchronized (MARKS) {
            for (String m : MARKS) {
                b.append(' ').append(m).append(';');
            }
        }
        return b.toString();
    }
}
