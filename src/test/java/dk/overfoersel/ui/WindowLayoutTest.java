package dk.overfoersel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.domain.Commitment;
import dk.overfoersel.domain.CommitmentStatus;
import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.TransferCase;
import dk.overfoersel.exchange.ExampleRound;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on a laptop's screen: run once per screen size, each in a JVM of its own (Monocle's
 * headless screen is fixed per JVM), by the Surefire executions {@code layout-1024x768},
 * {@code layout-1280x720} and {@code layout-1366x768} in pom.xml, which set {@code headless.geometry}
 * and {@code layout.screen}. The window is given the screen less a task bar and a title bar, as on a desktop.
 * The round holds amounts up to 999.999.999,99 in every amount column and 17 transfers.
 */
@EnabledIfSystemProperty(named = "layout.screen", matches = ".+")
class WindowLayoutTest extends WindowTestBase {

    /** A task bar (40) and a window title bar (30) take this much of the screen's height on a desktop. */
    private static final double DESKTOP_CHROME = 70;
    private static final Money WIDEST = Money.ofOere(99_999_999_999L);

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Override
    protected TransferCase initialCase() {
        TransferCase example = ExampleRound.load();
        List<Transfer> transfers = new ArrayList<>();
        for (Transfer t : example.transfers()) {
            transfers.add(switch (t.number()) {
                // early part and (no contracts) uncommitted at the widest amount
                case 13 -> t.withAmounts(WIDEST, WIDEST).withCommitments(List.of());
                // signed and in negotiation at the widest amount
                case 14 -> t.withAmounts(WIDEST, Money.ZERO).withCommitments(List.of(
                        new Commitment("Leverandør", "Kontrakt", WIDEST, CommitmentStatus.SIGNED)));
                case 15 -> t.withAmounts(WIDEST, Money.ZERO).withCommitments(List.of(
                        new Commitment("Leverandør", "Forhandling", WIDEST, CommitmentStatus.NEGOTIATING)));
                default -> t;
            });
        }
        for (int n = 20; n < 30; n++) {
            transfers.add(example.transfers().get(0).withNumber(n));
        }
        return new TransferCase(example.round(), transfers);
    }

    private void desktopSize() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertThat(screen.getWidth() + "x" + screen.getHeight())
                .as("Monocle's screen").isEqualTo(System.getProperty("layout.screen").replace("x", ".0x") + ".0");
        interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(screen.getWidth());
            stage.setHeight(screen.getHeight() - DESKTOP_CHROME);
        });
        settle();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** With -Dscreenshots=true: the window at this size for docs/screenshots. */
    private void snapshot() {
        if (Boolean.getBoolean("screenshots")) {
            javafx.scene.image.WritableImage image = onFx(() -> stage.getScene().snapshot(null));
            ScreenshotTest.write(image, java.nio.file.Path.of("docs", "screenshots",
                    "05-window-" + System.getProperty("layout.screen") + ".png"));
        }
    }

    @Test
    void everyAmountIsShownWholeAndAtLeastEightRowsAreVisible() {
        desktopSize();
        selectTransfer(10);
        settle();
        int checked = 0;
        for (Node n : lookup(".money-cell").queryAll()) {
            TableCell<?, ?> cell = (TableCell<?, ?>) n;
            if (cell.getText() == null || cell.getText().isEmpty() || !cell.isVisible()) {
                continue;
            }
            Text measure = new Text(cell.getText());
            measure.setFont(cell.getFont());
            double room = cell.getWidth() - cell.snappedLeftInset() - cell.snappedRightInset();
            assertThat(measure.getLayoutBounds().getWidth()).as("width of %s in its cell", cell.getText())
                    .isLessThanOrEqualTo(room);
            // and what is drawn is the whole text, no "…"
            Text drawn = (Text) cell.lookup(".text");
            assertThat(drawn.getText()).isEqualTo(cell.getText());
            checked++;
        }
        assertThat(checked).as("amount cells checked").isGreaterThan(20);
        assertThat(lookup(".money-cell").queryAll().stream()
                .map(c -> ((TableCell<?, ?>) c).getText()).filter("999.999.999,99"::equals).count())
                .as("cells with the widest amount").isGreaterThanOrEqualTo(5);

        int whole = onFx(() -> {
            VirtualFlow<?> flow = (VirtualFlow<?>) transfersTable().lookup(".virtual-flow");
            Bounds visible = flow.localToScene(flow.getLayoutBounds());
            int count = 0;
            for (Node n : flow.lookupAll(".table-row-cell")) {
                IndexedCell<?> row = (IndexedCell<?>) n;
                Bounds b = row.localToScene(row.getLayoutBounds());
                if (row.isVisible() && !row.isEmpty() && b.getMinY() >= visible.getMinY() - 0.5
                        && b.getMaxY() <= visible.getMaxY() + 0.5) {
                    count++;
                }
            }
            return count;
        });
        snapshot();
        System.out.printf("layout %s: table %.0f px wide (needs %.0f, columns %.0f), %d whole rows, editor %.0f px wide%n",
                System.getProperty("layout.screen"), transfersTable().getWidth(), window.transfersView().minimumWidth(),
                transfersTable().getColumns().stream().mapToDouble(c -> c.getWidth()).sum(),
                whole, lookup("#editorScroll").query().getLayoutBounds().getWidth());
        // 1366×768: at least 8 rows; the smaller screens put the editor below the table and keep 5
        assertThat(whole).as("whole rows visible").isGreaterThanOrEqualTo(
                "1366x768".equals(System.getProperty("layout.screen")) ? 8 : 5);
        // columns give way by priority: the amounts keep their width, the table needs no sideways scrolling
        assertThat(window.transfersView().minimumWidth()).isLessThanOrEqualTo(transfersTable().getWidth() + 0.5);
        assertThat(lookup(".scroll-bar").queryAll().stream()
                .filter(b -> isInside(b, transfersTable())
                        && ((javafx.scene.control.ScrollBar) b).getOrientation() == javafx.geometry.Orientation.HORIZONTAL)
                .noneMatch(Node::isVisible)).as("no sideways scroll bar under the transfers").isTrue();
    }

    @Test
    void everyEditorFieldCanBeReachedWithoutScrollingSideways() {
        desktopSize();
        selectTransfer(10);
        settle();
        ScrollPane editor = lookup("#editorScroll").queryAs(ScrollPane.class);
        assertThat(editor.getContent().getLayoutBounds().getWidth())
                .as("the editor's content fits its width").isLessThanOrEqualTo(editor.getViewportBounds().getWidth() + 0.5);
        for (String id : List.of("#numberField", "#scheduleChoice", "#titleField", "#amountField", "#earlyField",
                "#backgroundArea", "#consequencesArea", "#recommendationArea", "#commitmentsTable",
                "#newParty", "#newDescription", "#newAmount", "#newStatus", "#addCommitment", "#removeCommitment")) {
            Control field = lookup(id).queryAs(Control.class);
            interact(field::requestFocus);
            WaitForAsyncUtils.waitForFxEvents();
            Bounds port = editor.localToScene(editor.getLayoutBounds());
            Bounds b = field.localToScene(field.getLayoutBounds());
            assertThat(b.getMinX()).as(id + " left edge").isGreaterThanOrEqualTo(port.getMinX() - 0.5);
            assertThat(b.getMaxX()).as(id + " right edge").isLessThanOrEqualTo(port.getMaxX() + 0.5);
            assertThat(b.getMinY()).as(id + " top edge in view").isGreaterThanOrEqualTo(port.getMinY() - 0.5);
            assertThat(Math.min(b.getMaxY(), port.getMaxY()) - b.getMinY()).as(id + " shown")
                    .isGreaterThan(Math.min(b.getHeight(), 20));
            assertThat(field.getWidth()).as(id + " usable width").isGreaterThanOrEqualTo(Math.min(field.prefWidth(-1), 60));
        }
        // the commitments warning: as wide as the editor at most, reachable by scrolling down
        Node warning = lookup("#exceedWarning").query();
        assertThat(warning.isVisible()).isTrue();
        Bounds port = editor.localToScene(editor.getLayoutBounds());
        Bounds w = warning.localToScene(warning.getLayoutBounds());
        assertThat(w.getMinX()).isGreaterThanOrEqualTo(port.getMinX() - 0.5);
        assertThat(w.getMaxX()).isLessThanOrEqualTo(port.getMaxX() + 0.5);
    }
}
