package dk.overfoersel.exchange;

import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.TransferCase;
import dk.overfoersel.domain.figure.Figure;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The sheet "Figurer": a list of the round's figures (transfer, order, name, caption, alt text,
 * source, type, size). The images themselves are not in the workbook: an import of it cannot bring
 * them back, and {@code import --replace} keeps the stored ones. The reader ignores this sheet.
 */
final class XlsxFigureSheet {

    private XlsxFigureSheet() {
    }

    static void write(Workbook wb, TransferCase transferCase) {
        Sheet sheet = wb.createSheet(Texts.get("xlsx.figures.sheet"));
        CellStyle bold = wb.createCellStyle();
        Font font = wb.createFont();
        font.setBold(true);
        bold.setFont(font);
        String[] headings = {
            Texts.get("xlsx.figures.transfer"), Texts.get("xlsx.figures.order"), Texts.get("xlsx.figures.name"),
            Texts.get("xlsx.figures.caption"), Texts.get("xlsx.figures.altText"), Texts.get("xlsx.figures.source"),
            Texts.get("xlsx.figures.type"), Texts.get("xlsx.figures.size")};
        Row header = sheet.createRow(0);
        for (int i = 0; i < headings.length; i++) {
            header.createCell(i).setCellValue(headings[i]);
            header.getCell(i).setCellStyle(bold);
        }
        int r = 1;
        for (Transfer t : transferCase.transfers()) {
            int order = 1;
            for (Figure f : t.images()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(t.number());
                row.createCell(1).setCellValue(order++);
                row.createCell(2).setCellValue(f.name());
                row.createCell(3).setCellValue(f.caption());
                row.createCell(4).setCellValue(f.altText());
                row.createCell(5).setCellValue(f.sourceNote());
                row.createCell(6).setCellValue(f.mediaType());
                row.createCell(7).setCellValue(f.size());
            }
        }
        sheet.createRow(r + 1).createCell(0).setCellValue(Texts.get("xlsx.figures.note"));
        int[] widths = {12, 8, 24, 40, 50, 24, 14, 14};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 1);
    }
}
