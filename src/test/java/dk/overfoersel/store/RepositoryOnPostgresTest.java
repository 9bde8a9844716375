package dk.overfoersel.store;

import dk.overfoersel.TestDatabase;

/** {@link RepositoryTest} on the embedded PostgreSQL server. */
class RepositoryOnPostgresTest extends RepositoryTest {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRES;
    }
}
