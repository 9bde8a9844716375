package dk.overfoersel.service.audit;

import dk.overfoersel.store.audit.AuditRepository;

/**
 * Who makes a change, as the audit trail records it. On an embedded H2 file every program runs as
 * the same database user, so the operating-system user is recorded; on a shared server
 * (PostgreSQL) the database login is the person, and {@link #databaseUser()} is the one to use.
 */
@FunctionalInterface
public interface Actor {

    /** The name to record, asked once per transaction (the repository reads the session's user). */
    String name(AuditRepository session);

    /** The operating-system user running the program ({@code user.name}). */
    static Actor osUser() {
        String name = System.getProperty("user.name", "");
        return session -> name.isBlank() ? "?" : name;
    }

    /** The database user of the session ({@code CURRENT_USER}, portable SQL). */
    static Actor databaseUser() {
        return AuditRepository::currentUser;
    }
}
