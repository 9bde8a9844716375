package dk.overfoersel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Danish month and day names in the date picker, and dialogs that follow the window's zoom (issue 8). */
class DanishLocaleWindowTest extends WindowTestBase {

    private static Locale before;
    private static Locale beforeFormat;
    private static Locale beforeDisplay;

    /** As on an English machine: the window must make the date picker Danish by itself. */
    @BeforeAll
    static void englishMachine() {
        before = Locale.getDefault();
        beforeFormat = Locale.getDefault(Locale.Category.FORMAT);
        beforeDisplay = Locale.getDefault(Locale.Category.DISPLAY);
        Locale.setDefault(Locale.US);
    }

    @AfterAll
    static void restore() {
        Locale.setDefault(before);
        Locale.setDefault(Locale.Category.FORMAT, beforeFormat);
        Locale.setDefault(Locale.Category.DISPLAY, beforeDisplay);
    }

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void theDatePickerShowsDanishMonthAndDayNames() {
        settle();
        showRoundTab();
        DatePicker picker = lookup("#earlyDatePicker").queryAs(DatePicker.class);
        interact(() -> {
            picker.setValue(LocalDate.of(2009, 1, 15));
            picker.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        // JavaFX capitalises the month label: "Januar" (Danish), not "January"
        assertThat(popupTexts(".label")).contains("Januar", "2009");
        // the week starts on Monday, with Danish day names (man./ma), not "Su"/"Mo"
        List<String> days = popupTexts(".day-name-cell");
        assertThat(days).hasSize(7);
        assertThat(days.get(0).toLowerCase(Locale.ROOT)).startsWith("ma");
        assertThat(days.get(2).toLowerCase(Locale.ROOT)).startsWith("on");
        interact(() -> picker.setValue(LocalDate.of(2009, 5, 15)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(popupTexts(".label")).contains("Maj").doesNotContain("May");
        interact(picker::hide);
    }

    private List<String> popupTexts(String styleClass) {
        Window popup = listWindows().stream().filter(w -> w != stage && w.isShowing()).findFirst().orElseThrow();
        return from(popup.getScene().getRoot()).lookup(styleClass).queryAll().stream()
                .filter(Labeled.class::isInstance).map(n -> ((Labeled) n).getText())
                .filter(t -> t != null && !t.isBlank()).toList();
    }

    @Test
    void dialogsFollowTheWindowsZoom() {
        settle();
        interact(() -> window.zoom().set(1.5));
        Alert alert = interactAndGet(() -> new FxDialogService(stage).errorAlert("Fejl", "Noget gik galt."));
        Node pane = alert.getDialogPane();
        assertThat(pane.getStyle()).contains("-fx-font-size: " + window.zoom().fontSize() + "px");
        interact(() -> window.zoom().set(1.0));
    }

    private <T> T interactAndGet(java.util.concurrent.Callable<T> call) {
        Object[] result = new Object[1];
        interact(() -> {
            try {
                result[0] = call.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }
}
