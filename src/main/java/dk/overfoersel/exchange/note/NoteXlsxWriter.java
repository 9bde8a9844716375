package dk.overfoersel.exchange.note;

import static dk.overfoersel.exchange.note.NoteXlsxLayout.col;

import dk.overfoersel.domain.DanishFormat;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.note.Activity;
import dk.overfoersel.domain.note.Area;
import dk.overfoersel.domain.note.BudgetNote;
import dk.overfoersel.domain.note.NoteRow;
import dk.overfoersel.domain.note.NoteTable;
import dk.overfoersel.domain.note.NoteTableKind;
import dk.overfoersel.domain.note.Section;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A budget note as an Excel workbook: one sheet per table, amounts as whole-number cells in
 * thousands, every total (row sums, area subtotals, grand totals) a formula with its cached value.
 */
public final class NoteXlsxWriter {

    private record Styles(CellStyle heading, CellStyle number, CellStyle totalNumber, CellStyle totalText, CellStyle wrap) {
    }

    public void write(BudgetNote note, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(note, out);
        }
    }

    public void write(BudgetNote note, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles s = styles(wb);
            details(wb, note, s);
            XSSFSheet sections = wb.createSheet(NoteXlsxLayout.sectionsSheet());
            header(sections, s, Texts.get("note.xlsx.heading"), Texts.get("note.xlsx.text"));
            int r = 1;
            for (Section section : note.sections()) {
                XSSFRow row = sections.createRow(r++);
                row.createCell(0).setCellValue(section.heading());
                XSSFCell text = row.createCell(1);
                text.setCellValue(section.text());
                text.setCellStyle(s.wrap);
            }
            sections.setColumnWidth(0, 40 * 256);
            sections.setColumnWidth(1, 100 * 256);
            XSSFSheet activities = wb.createSheet(NoteXlsxLayout.activitiesSheet());
            header(activities, s, Texts.get("note.doc.table1.activity"), Texts.get("note.doc.table1.effect"));
            r = 1;
            for (Activity a : note.activities()) {
                XSSFRow row = activities.createRow(r++);
                row.createCell(0).setCellValue(a.activity());
                XSSFCell effect = row.createCell(1);
                effect.setCellValue(a.effect());
                effect.setCellStyle(s.wrap);
            }
            activities.setColumnWidth(0, 50 * 256);
            activities.setColumnWidth(1, 90 * 256);
            for (NoteTableKind kind : NoteTableKind.values()) {
                NoteTable t = note.table(kind);
                if (t != null) {
                    table(wb, kind, t, note, s);
                }
            }
            wb.write(out);
        }
    }

    private static void details(XSSFWorkbook wb, BudgetNote note, Styles s) {
        XSSFSheet sheet = wb.createSheet(NoteXlsxLayout.noteSheet());
        detail(sheet, NoteXlsxLayout.ROW_CODE, Texts.get("note.xlsx.code"), note.code(), s);
        detail(sheet, NoteXlsxLayout.ROW_TITLE, Texts.get("note.xlsx.title"), note.title(), s);
        detail(sheet, NoteXlsxLayout.ROW_ADMINISTRATION, Texts.get("note.xlsx.administration"), note.administration(), s);
        detail(sheet, NoteXlsxLayout.ROW_DATE, Texts.get("note.xlsx.date"), DanishFormat.date(note.date()), s);
        detail(sheet, NoteXlsxLayout.ROW_PRICE_LEVEL, Texts.get("note.xlsx.priceLevel"), null, s)
                .setCellValue(note.priceLevel());
        detail(sheet, NoteXlsxLayout.ROW_PERMANENT_FROM, Texts.get("note.xlsx.permanentFrom"), null, s)
                .setCellValue(note.permanentFrom());
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 70 * 256);
    }

    private static XSSFCell detail(XSSFSheet sheet, int row, String label, String value, Styles s) {
        XSSFRow r = sheet.createRow(row);
        XSSFCell l = r.createCell(0);
        l.setCellValue(label);
        l.setCellStyle(s.heading);
        XSSFCell v = r.createCell(1);
        if (value != null) {
            v.setCellValue(value);
        }
        return v;
    }

    private static void table(XSSFWorkbook wb, NoteTableKind kind, NoteTable t, BudgetNote note, Styles s) {
        XSSFSheet sheet = wb.createSheet(NoteXlsxLayout.sheet(kind));
        int first = NoteXlsxLayout.firstYearColumn(kind);
        int label = NoteXlsxLayout.labelColumn(kind);
        int years = t.years().size();
        int sumColumn = first + years;
        XSSFRow head = sheet.createRow(0);
        if (kind.hasAreas()) {
            text(head, 0, Texts.get("note.doc.table3.area"), s.heading);
        }
        text(head, label, Texts.get("note.xlsx.text"), s.heading);
        for (int i = 0; i < years; i++) {
            XSSFCell c = head.createCell(first + i);
            c.setCellValue(t.years().get(i));
            c.setCellStyle(s.heading);
        }
        text(head, sumColumn, Texts.get("note.total"), s.heading);
        if (kind == NoteTableKind.CONVERSIONS) {
            text(head, sumColumn + 1, Texts.get("note.xlsx.convertsFrom"), s.heading);
        }
        int r = 1;
        for (NoteRow row : t.rows()) {
            XSSFRow x = sheet.createRow(r);
            if (kind.hasAreas()) {
                x.createCell(0).setCellValue(row.area().label());
            }
            x.createCell(label).setCellValue(row.label());
            for (int i = 0; i < years; i++) {
                XSSFCell c = x.createCell(first + i);
                c.setCellValue(row.amount(i));
                c.setCellStyle(s.number);
            }
            formula(x, sumColumn, "SUM(" + col(first) + (r + 1) + ":" + col(sumColumn - 1) + (r + 1) + ")", row.total(), s.number);
            if (row.convertsFrom() != null) {
                x.createCell(sumColumn + 1).setCellValue(row.convertsFrom());
            }
            r++;
        }
        int lastData = r; // 1-based number of the last data row
        r++;
        if (kind.hasAreas()) {
            for (Area area : t.areas()) {
                XSSFRow x = sheet.createRow(r++);
                text(x, 0, area.label(), s.totalText);
                text(x, label, Texts.get("note.total"), s.totalText);
                List<Long> totals = t.totals(area);
                for (int i = 0; i <= years; i++) {
                    String c = col(first + i);
                    long cached = i < years ? totals.get(i) : totals.stream().mapToLong(Long::longValue).sum();
                    formula(x, first + i, "SUMIFS(" + c + "2:" + c + lastData + ",$A$2:$A$" + lastData + ",\""
                            + area.label().replace("\"", "\"\"") + "\")", cached, s.totalNumber);
                }
            }
        }
        XSSFRow total = sheet.createRow(r++);
        text(total, label, Texts.get("note.total"), s.totalText);
        List<Long> totals = t.totals();
        for (int i = 0; i <= years; i++) {
            String c = col(first + i);
            long cached = i < years ? totals.get(i) : t.total();
            formula(total, first + i, lastData < 2 ? "0" : "SUM(" + c + "2:" + c + lastData + ")", cached, s.totalNumber);
        }
        stated(sheet, kind, note, first, label, r + 1, s);
        sheet.setColumnWidth(label, 50 * 256);
        if (kind.hasAreas()) {
            sheet.setColumnWidth(0, 30 * 256);
        }
        if (kind == NoteTableKind.CONVERSIONS) {
            sheet.setColumnWidth(sumColumn + 1, 30 * 256);
        }
        sheet.createFreezePane(first, 1);
    }

    private static void stated(XSSFSheet sheet, NoteTableKind kind, BudgetNote note, int first, int label, int r, Styles s) {
        var stated = note.statedTotals();
        switch (kind) {
            case EXPENDITURE, BY_COMMITTEE -> {
                var map = kind == NoteTableKind.EXPENDITURE ? stated.expenditure() : stated.byCommittee();
                for (Area area : Area.values()) {
                    if (map.containsKey(area)) {
                        XSSFRow x = sheet.createRow(r++);
                        text(x, 0, NoteXlsxLayout.stated(), s.heading);
                        x.createCell(label).setCellValue(area.label());
                        numbers(x, first, map.get(area), s);
                    }
                }
            }
            case EARLIER_FUNDS, CONVERSIONS -> {
                List<Long> list = kind == NoteTableKind.EARLIER_FUNDS ? stated.earlierFunds() : stated.conversions();
                if (list != null) {
                    XSSFRow x = sheet.createRow(r);
                    text(x, 0, NoteXlsxLayout.stated(), s.heading);
                    numbers(x, first, list, s);
                }
            }
        }
    }

    private static void numbers(XSSFRow x, int first, List<Long> values, Styles s) {
        for (int i = 0; i < values.size(); i++) {
            XSSFCell c = x.createCell(first + i);
            c.setCellValue(values.get(i));
            c.setCellStyle(s.number);
        }
    }

    private static void text(XSSFRow row, int column, String text, CellStyle style) {
        XSSFCell c = row.createCell(column);
        c.setCellValue(text);
        c.setCellStyle(style);
    }

    private static void formula(XSSFRow row, int column, String formula, long cached, CellStyle style) {
        XSSFCell c = row.createCell(column);
        c.setCellFormula(formula);
        c.setCellValue(cached);
        c.setCellStyle(style);
    }

    private static void header(XSSFSheet sheet, Styles s, String... headings) {
        XSSFRow row = sheet.createRow(0);
        for (int i = 0; i < headings.length; i++) {
            text(row, i, headings[i], s.heading);
        }
    }

    private static Styles styles(XSSFWorkbook wb) {
        Font bold = wb.createFont();
        bold.setBold(true);
        short thousands = wb.createDataFormat().getFormat("#,##0");
        CellStyle heading = wb.createCellStyle();
        heading.setFont(bold);
        CellStyle number = wb.createCellStyle();
        number.setDataFormat(thousands);
        CellStyle totalNumber = wb.createCellStyle();
        totalNumber.setDataFormat(thousands);
        totalNumber.setFont(bold);
        CellStyle totalText = wb.createCellStyle();
        totalText.setFont(bold);
        CellStyle wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        return new Styles(heading, number, totalNumber, totalText, wrap);
    }
}
