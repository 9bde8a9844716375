package dk.overfoersel.document;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * openhtmltopdf has no tag for a footnote, so the footnotes (the only {@code <section>} of the
 * XHTML, tagged Sect) are retagged after layout: each paragraph in them becomes a Note with a unique
 * ID, as PDF/UA asks of notes.
 */
final class NoteTags {

    private NoteTags() {
    }

    static void apply(PDDocument pdf) {
        PDStructureTreeRoot root = pdf.getDocumentCatalog().getStructureTreeRoot();
        if (root == null) {
            return;
        }
        List<PDStructureElement> sections = new ArrayList<>();
        collect(root, sections);
        int id = 0;
        for (PDStructureElement sect : sections) {
            for (Object kid : sect.getKids()) {
                if (kid instanceof PDStructureElement p && "P".equals(p.getStructureType())) {
                    p.setStructureType("Note");
                    p.setElementIdentifier("fodnote-" + (++id));
                }
            }
        }
    }

    private static void collect(PDStructureNode node, List<PDStructureElement> sections) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                if ("Sect".equals(e.getStructureType())) {
                    sections.add(e);
                } else {
                    collect(e, sections);
                }
            }
        }
    }
}
