package dk.overfoersel.service.backup;

import dk.overfoersel.service.CaseService;
import dk.overfoersel.service.UseCaseException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The window's backups: after the first change of a session, then at most once an hour while changes
 * are made (not for the command line, which does not register it). Runs on the thread that wrote
 * (the window's background thread), after the change is committed.
 */
public final class AutoBackup implements Runnable {

    public static final Duration INTERVAL = Duration.ofHours(1);

    private final CaseService service;
    private final Clock clock;
    private Instant last;
    private volatile Path lastFile;
    private volatile String lastProblem;

    public AutoBackup(CaseService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    /** Registers a backup schedule on the service's writes (none on PostgreSQL: IT backs the server up). */
    public static AutoBackup attach(CaseService service, Clock clock) {
        AutoBackup auto = new AutoBackup(service, clock);
        if (service.hasFileBackups()) {
            service.afterWrite(auto);
        }
        return auto;
    }

    @Override
    public synchronized void run() {
        Instant now = clock.instant();
        if (last != null && Duration.between(last, now).compareTo(INTERVAL) < 0) {
            return;
        }
        last = now;
        try {
            lastFile = service.backup(null);
            lastProblem = null;
        } catch (UseCaseException e) {
            lastProblem = e.getMessage(); // the change itself is saved; the next hour tries again
        }
    }

    public Path lastFile() {
        return lastFile;
    }

    /** The Danish message of the last failed backup, or null. */
    public String lastProblem() {
        return lastProblem;
    }
}
