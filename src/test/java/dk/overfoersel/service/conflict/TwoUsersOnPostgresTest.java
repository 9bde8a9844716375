package dk.overfoersel.service.conflict;

import dk.overfoersel.TestDatabase;

/** {@link TwoUsersTest} on the embedded PostgreSQL server: two connection pools, two users, one database. */
class TwoUsersOnPostgresTest extends TwoUsersTest {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRES;
    }
}
