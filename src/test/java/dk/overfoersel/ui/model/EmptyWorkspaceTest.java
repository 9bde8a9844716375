package dk.overfoersel.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.service.CaseService;
import org.junit.jupiter.api.Test;

/** A first start: the database holds no round. */
class EmptyWorkspaceTest extends ViewModelTestBase {
    @Override
    protected boolean withExample() {
        return false;
    }

    @Test
    void anEmptyDatabaseOffersTheExample() {
        assertThat(workspace.stateProperty().get()).isEqualTo(Workspace.State.EMPTY);
        assertThat(main.emptyProperty().get()).isTrue();
        main.loadExample();
        assertThat(workspace.stateProperty().get()).isEqualTo(Workspace.State.OPEN);
        assertThat(main.ceiling().ceiling().textProperty().get()).isEqualTo("49,1 mio. kr.");
        workspace.close();
        try (CaseService s = services().open(db())) {
            assertThat(s.rounds()).hasSize(1);
        }
    }
}
