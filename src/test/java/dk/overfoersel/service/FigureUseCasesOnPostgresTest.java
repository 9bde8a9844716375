package dk.overfoersel.service;

import dk.overfoersel.TestDatabase;

/** {@link FigureUseCasesTest} on the embedded PostgreSQL server. */
class FigureUseCasesOnPostgresTest extends FigureUseCasesTest {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRES;
    }
}
