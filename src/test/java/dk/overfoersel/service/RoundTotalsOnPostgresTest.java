package dk.overfoersel.service;

import dk.overfoersel.TestDatabase;

/** {@link RoundTotalsTest} on the embedded PostgreSQL server. */
class RoundTotalsOnPostgresTest extends RoundTotalsTest {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRES;
    }
}
