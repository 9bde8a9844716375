package dk.overfoersel.ui.view;

import dk.overfoersel.domain.Texts;
import dk.overfoersel.ui.model.TextPreview;
import dk.overfoersel.ui.model.TransferEditorViewModel;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The live preview of the selected transfer's three texts as the appendix will set them (paragraphs,
 * bullets, numbered lines, quotes, bold, italic, figures by name), rebuilt on every keystroke. It is
 * collapsed until opened ("on demand"), so it costs nothing while closed.
 */
public final class TextPreviewView {

    private final TitledPane root = new TitledPane();
    private final VBox content = new VBox();

    public TextPreviewView(TransferEditorViewModel vm) {
        root.setId("textPreview");
        root.setText(Texts.get("ui.preview.title"));
        root.setExpanded(false);
        root.getStyleClass().add("text-preview");
        content.setId("textPreviewContent");
        content.getStyleClass().add("text-preview-content");
        root.setContent(content);
        Runnable refresh = () -> {
            if (root.isExpanded()) {
                content.getChildren().clear();
                section("ui.preview.background", vm.backgroundProperty());
                section("ui.preview.consequences", vm.consequencesProperty());
                section("ui.preview.recommendation", vm.recommendationProperty());
            }
        };
        for (ObservableValue<String> text : new ObservableValue[] {vm.backgroundProperty(), vm.consequencesProperty(),
                vm.recommendationProperty()}) {
            text.addListener((o, a, b) -> refresh.run());
        }
        root.expandedProperty().addListener((o, a, b) -> refresh.run());
    }

    private void section(String key, ObservableValue<String> text) {
        Label heading = new Label(Texts.get(key));
        heading.getStyleClass().add("text-preview-heading");
        content.getChildren().add(heading);
        for (TextPreview.Block block : TextPreview.of(text.getValue())) {
            TextFlow flow = new TextFlow();
            flow.getStyleClass().addAll("text-preview-block", "text-preview-" + block.kind().name().toLowerCase(java.util.Locale.ROOT));
            switch (block.kind()) {
                case BULLET -> flow.getChildren().add(new Text("•  "));
                case NUMBERED -> flow.getChildren().add(new Text(block.label() + ".  "));
                case FIGURE -> flow.getChildren().add(new Text(Texts.get("ui.preview.figure", block.label())));
                default -> { }
            }
            for (TextPreview.Span span : block.spans()) {
                Text t = new Text(span.text());
                if (span.bold()) {
                    t.getStyleClass().add("text-preview-bold");
                }
                if (span.italic()) {
                    t.getStyleClass().add("text-preview-italic");
                }
                flow.getChildren().add(t);
            }
            content.getChildren().add(flow);
        }
    }

    public TitledPane root() {
        return root;
    }
}
