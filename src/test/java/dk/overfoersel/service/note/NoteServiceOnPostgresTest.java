package dk.overfoersel.service.note;

import dk.overfoersel.TestDatabase;

/** {@link NoteServiceTest} on the embedded PostgreSQL server. */
class NoteServiceOnPostgresTest extends NoteServiceTest {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRES;
    }
}
