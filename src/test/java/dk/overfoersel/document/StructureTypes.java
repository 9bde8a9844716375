package dk.overfoersel.document;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;

/** The structure tree of a tagged PDF as a list of its element types in document order. */
final class StructureTypes {

    private StructureTypes() {
    }

    static List<String> of(PDDocument doc) {
        List<String> out = new ArrayList<>();
        walk(doc.getDocumentCatalog().getStructureTreeRoot(), out, new ArrayList<>());
        return out;
    }

    /** The elements themselves, in document order. */
    static List<PDStructureElement> elements(PDDocument doc) {
        List<PDStructureElement> out = new ArrayList<>();
        walk(doc.getDocumentCatalog().getStructureTreeRoot(), new ArrayList<>(), out);
        return out;
    }

    private static void walk(PDStructureNode node, List<String> types, List<PDStructureElement> elements) {
        if (node == null) {
            return;
        }
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                types.add(e.getStructureType());
                elements.add(e);
                walk(e, types, elements);
            }
        }
    }
}
