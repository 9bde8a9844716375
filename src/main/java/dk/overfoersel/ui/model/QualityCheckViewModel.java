package dk.overfoersel.ui.model;

import dk.overfoersel.domain.check.Finding;
import dk.overfoersel.domain.check.ProblemKind;
import dk.overfoersel.domain.check.QualityCheck;
import dk.overfoersel.domain.Texts;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The quality check before Udskriv / Gem bilag: the domain's {@link QualityCheck} of the round as
 * stored (after the pending edits are saved), computed off the FX thread. With no findings the
 * action goes ahead at once; otherwise the panel shows them, each a link to its transfer and field,
 * an amount notice with "Markér som kontrolleret", and the user goes on or goes back.
 */
public final class QualityCheckViewModel {

    private final Workspace workspace;
    private final TransfersViewModel transfers;
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Finding> target = new ReadOnlyObjectWrapper<>();
    private Runnable pending;

    public QualityCheckViewModel(Workspace workspace, TransfersViewModel transfers) {
        this.workspace = workspace;
        this.transfers = transfers;
    }

    /** Checks the round; runs {@code action} at once when nothing is found, else shows the findings first. */
    public void check(Runnable action) {
        if (workspace.roundProperty().get() == null) {
            return;
        }
        AtomicReference<List<Finding>> found = new AtomicReference<>(List.of());
        workspace.withCase(c -> found.set(QualityCheck.of(c)), () -> {
            if (found.get().isEmpty()) {
                action.run();
                return;
            }
            pending = action;
            findings.setAll(found.get());
            refreshSummary();
            showing.set(true);
        });
    }

    /** "Fortsæt alligevel": the print or save goes ahead. */
    public void proceed() {
        Runnable action = pending;
        close();
        if (action != null) {
            action.run();
        }
    }

    /** "Tilbage": nothing is printed or saved. */
    public void close() {
        pending = null;
        showing.set(false);
    }

    /** A finding's link: selects its transfer (the view then focuses the field) and closes the panel. */
    public void go(Finding f) {
        if (f.transfer() != null) {
            workspace.transfers().stream().filter(t -> t.value().number() == f.transfer()).findFirst()
                    .ifPresent(item -> transfers.selectedProperty().set(item));
        }
        close();
        target.set(null);
        target.set(f);
    }

    /** "Markér som kontrolleret": the amount is stored with the transfer and not reported again. */
    public void markChecked(Finding f) {
        if (f.kind() != ProblemKind.UNMATCHED_AMOUNT || f.transfer() == null) {
            return;
        }
        TransferItem item = workspace.transfers().stream().filter(t -> t.value().number() == f.transfer())
                .findFirst().orElse(null);
        if (item == null) {
            return;
        }
        workspace.useCase(s -> s.markAmountChecked(item.id, f.amount()), list -> {
            findings.removeIf(x -> x.kind() == ProblemKind.UNMATCHED_AMOUNT && f.transfer().equals(x.transfer())
                    && x.amount().equals(f.amount()));
            refreshSummary();
            if (findings.isEmpty()) {
                proceed();
            }
        }, e -> workspace.dialogs().error(Texts.get("ui.error.title"), String.valueOf(e.getMessage())));
    }

    private void refreshSummary() {
        long problems = findings.stream().filter(Finding::isProblem).count();
        summary.set(Texts.get("ui.quality.summary", String.valueOf(problems), String.valueOf(findings.size() - problems)));
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The finding whose field the view should focus (set by {@link #go}). */
    public ReadOnlyObjectProperty<Finding> targetProperty() {
        return target.getReadOnlyProperty();
    }
}
