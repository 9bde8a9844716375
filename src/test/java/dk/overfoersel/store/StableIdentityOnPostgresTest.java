package dk.overfoersel.store;

import dk.overfoersel.TestDatabase;

/** {@link StableIdentityTest} on the embedded PostgreSQL server. */
class StableIdentityOnPostgresTest extends StableIdentityTest {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRES;
    }
}
