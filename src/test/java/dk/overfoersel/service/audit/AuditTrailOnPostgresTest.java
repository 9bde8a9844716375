package dk.overfoersel.service.audit;

import dk.overfoersel.TestDatabase;

/** {@link AuditTrailTest} on the embedded PostgreSQL server. */
class AuditTrailOnPostgresTest extends AuditTrailTest {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRES;
    }
}
