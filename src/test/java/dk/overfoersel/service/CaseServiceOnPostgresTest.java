package dk.overfoersel.service;

import dk.overfoersel.TestDatabase;

/** {@link CaseServiceTest} on the embedded PostgreSQL server. */
class CaseServiceOnPostgresTest extends CaseServiceTest {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRES;
    }
}
