package dk.overfoersel.exchange;

import static dk.overfoersel.exchange.XlsxLayout.*;

import dk.overfoersel.domain.Commitment;
import dk.overfoersel.domain.CommitmentStatus;
import dk.overfoersel.domain.Money;
import dk.overfoersel.domain.Round;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.Transfer;
import dk.overfoersel.domain.TransferCase;
import dk.overfoersel.domain.UnderspendLine;
import java.io.IOException;
import java.io.OutputStream;
import dk.overfoersel.domain.DanishFormat;
import dk.overfoersel.io.AtomicFile;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a round as an Excel workbook: the overview sheet ("Skema 3") with the round's details
 * and its key figures as formulas, and one sheet each for the transfers, the commitments and the
 * underspend lines. Amounts are number cells in kroner with the format {@code #,##0.00}; totals
 * are {@code SUM}/{@code SUMIFS} formulas whose values are also cached in the file.
 *
 * <p>Exactness: POI keeps a number cell as a {@code double}. Every amount is at most
 * 999.999.999.999,99 kr. with two decimals, at most 15 significant digits, so the double's decimal
 * text in the file is the amount ({@code 1.5739E7}), which {@link XlsxCaseReader} reads back as a
 * {@code BigDecimal} without going through {@code double}.
 */
public final class XlsxCaseWriter {

    private static final String KRONER_FORMAT = "#,##0.00";
    private static final String DATE_FORMAT = "dd.mm.yyyy";

    static {
        PoiQuiet.apply();
    }

    /** Writes the file through {@link AtomicFile}: the old file stays as it was when anything fails. */
    public void write(TransferCase transferCase, Path file) throws IOException {
        refuseTooLongTexts(transferCase);
        AtomicFile.write(file, out -> write(transferCase, out));
    }

    /**
     * An Excel cell holds at most 32.767 characters; a longer text (the rules allow 1.000.000 in the
     * three long texts) is refused before anything is written, naming each transfer and field.
     */
    static void refuseTooLongTexts(TransferCase transferCase) throws ExportException {
        List<String> tooLong = new ArrayList<>();
        for (Transfer t : transferCase.transfers()) {
            tooLong(tooLong, t, "field.background", t.background());
            tooLong(tooLong, t, "field.consequences", t.consequences());
            tooLong(tooLong, t, "field.recommendation", t.recommendation());
        }
        if (!tooLong.isEmpty()) {
            throw new ExportException(Texts.get("xlsx.export.tooLong", String.join("; ", tooLong),
                    DanishFormat.decimal(BigDecimal.valueOf(XlsxCaseReader.MAX_CELL_TEXT))));
        }
    }

    private static void tooLong(List<String> into, Transfer t, String labelKey, String text) {
        if (text.length() > XlsxCaseReader.MAX_CELL_TEXT) {
            into.add(Texts.get("xlsx.export.tooLongText", String.valueOf(t.number()), Texts.get(labelKey),
                    DanishFormat.decimal(BigDecimal.valueOf(text.length()))));
        }
    }

    /**
     * Streams the workbook (SXSSF: only a window of rows in memory) and writes each formula's result
     * as its cached value, computed by the running sum; nothing is evaluated by POI (decision 0506).
     */
    public void write(TransferCase transferCase, OutputStream out) throws IOException {
        refuseTooLongTexts(transferCase);
        // shared strings as XSSF writes them (inline strings would confuse POI-based editing of the file)
        SXSSFWorkbook wb = new SXSSFWorkbook(null, ROW_WINDOW, true, true);
        try {
            Figures figures = new Figures(transferCase.runningSum().summary());
            Styles styles = new Styles(wb);
            Sheet overview = wb.createSheet(overviewSheet());
            Sheet transfers = wb.createSheet(transfersSheet());
            Sheet commitments = wb.createSheet(commitmentsSheet());
            Sheet underspend = wb.createSheet(underspendSheet());

            int lastCommitmentRow = writeCommitments(commitments, transferCase, styles);
            int transfersTotalRow = writeTransfers(transfers, transferCase, styles, lastCommitmentRow, figures);
            int underspendTotalRow = writeUnderspend(underspend, transferCase.round(), styles);
            writeOverview(overview, transferCase.round(), styles, transfersTotalRow, underspendTotalRow, figures.summary);
            XlsxFigureSheet.write(wb, transferCase);

            wb.setActiveSheet(0);
            wb.setForceFormulaRecalculation(true);
            var props = wb.getXSSFWorkbook().getProperties().getCoreProperties();
            props.setTitle(Texts.get("xlsx.title", transferCase.round().administration(),
                    String.valueOf(transferCase.round().accountsYear())));
            props.setCreator(transferCase.round().administration());
            wb.write(out);
        } finally {
            wb.close();
            wb.dispose();
        }
    }

    /** Rows of a sheet kept in memory while streaming. */
    private static final int ROW_WINDOW = 200;

    /** The running sum's results: the cached values of the formulas, which compute the same. */
    private static final class Figures {
        final dk.overfoersel.domain.Summary summary;
        final java.util.Map<Integer, dk.overfoersel.domain.TransferFigures> byNumber = new java.util.HashMap<>();
        Money committed = Money.ZERO;
        Money pending = Money.ZERO;
        Money uncommitted = Money.ZERO;

        Figures(dk.overfoersel.domain.Summary summary) {
            this.summary = summary;
            for (var f : summary.transfers()) {
                byNumber.put(f.number(), f);
                committed = committed.plus(f.committed());
                pending = pending.plus(f.pending());
                uncommitted = uncommitted.plus(f.uncommitted());
            }
        }
    }

    private void writeOverview(Sheet sheet, Round round, Styles s, int transfersTotalRow, int underspendTotalRow,
                               dk.overfoersel.domain.Summary sum) {
        Row titleRow = sheet.createRow(0);
        text(titleRow, 0, Texts.get("xlsx.title", round.administration(), String.valueOf(round.accountsYear())), s.title);
        label(sheet, ROW_ADMINISTRATION, "xlsx.overview.administration", s);
        text(sheet.getRow(ROW_ADMINISTRATION), OVERVIEW_VALUE_COLUMN, round.administration(), null);
        label(sheet, ROW_COMMITTEE, "xlsx.overview.committee", s);
        text(sheet.getRow(ROW_COMMITTEE), OVERVIEW_VALUE_COLUMN, round.committee(), null);
        label(sheet, ROW_ACCOUNTS_YEAR, "xlsx.overview.accountsYear", s);
        sheet.getRow(ROW_ACCOUNTS_YEAR).createCell(OVERVIEW_VALUE_COLUMN).setCellValue(round.accountsYear());
        label(sheet, ROW_BUDGET_YEAR, "xlsx.overview.budgetYear", s);
        sheet.getRow(ROW_BUDGET_YEAR).createCell(OVERVIEW_VALUE_COLUMN).setCellValue(round.budgetYear());
        label(sheet, ROW_EARLY_DATE, "xlsx.overview.earlyDate", s);
        if (round.earlyDecisionDate() != null) {
            Cell date = sheet.getRow(ROW_EARLY_DATE).createCell(OVERVIEW_VALUE_COLUMN);
            date.setCellValue(round.earlyDecisionDate());
            date.setCellStyle(s.date);
        }
        Row heading = sheet.createRow(ROW_FIGURES_HEADING);
        text(heading, 0, Texts.get("xlsx.overview.figures"), s.header);
        text(heading, 1, Texts.get("xlsx.overview.kroner"), s.header);

        String t = quoted(transfersSheet()) + "!";
        String u = quoted(underspendSheet()) + "!";
        int last = transfersTotalRow; // 1-based row number of the last transfer = index of the totals row
        String amount = t + col(T_AMOUNT) + "2:" + col(T_AMOUNT) + Math.max(2, last);
        String early = t + col(T_EARLY) + "2:" + col(T_EARLY) + Math.max(2, last);
        String schedule = t + col(T_SCHEDULE) + "2:" + col(T_SCHEDULE) + Math.max(2, last);
        String uncommitted = t + col(T_UNCOMMITTED) + "2:" + col(T_UNCOMMITTED) + Math.max(2, last);
        String lines = u + col(U_AMOUNT) + "2:" + col(U_AMOUNT) + Math.max(2, underspendTotalRow);
        figure(sheet, ROW_NET, "summary.netUnderspend", "SUM(" + lines + ")", sum.netUnderspend(), s);
        figure(sheet, ROW_EARLY, "summary.earlyTotal", "SUM(" + early + ")", sum.earlyTotal(), s);
        figure(sheet, ROW_CEILING, "summary.ceiling", "B" + (ROW_NET + 1) + "+B" + (ROW_EARLY + 1), sum.ceiling(), s);
        figure(sheet, ROW_REQUESTED, "summary.requestedTotal", "SUM(" + amount + ")", sum.requestedTotal(), s);
        figure(sheet, ROW_HEADROOM, "summary.headroom", "B" + (ROW_CEILING + 1) + "-B" + (ROW_REQUESTED + 1), sum.headroom(), s);
        figure(sheet, ROW_AT_RISK, "summary.skema3AtRisk", "SUMIF(" + schedule + ",3," + uncommitted + ")", sum.skema3AtRisk(), s);
        sheet.setColumnWidth(0, 38 * 256);
        sheet.setColumnWidth(1, 48 * 256);
    }

    private static void label(Sheet sheet, int row, String key, Styles s) {
        text(sheet.createRow(row), 0, Texts.get(key), s.label);
    }

    private static void figure(Sheet sheet, int row, String key, String formula, Money value, Styles s) {
        Row r = sheet.createRow(row);
        text(r, 0, Texts.get(key), s.label);
        formula(r, 1, formula, value, s.kroner);
    }

    /** A formula cell with its result already stored (SXSSF keeps a value set after the formula as the cached one). */
    private static void formula(Row row, int column, String formula, Money value, CellStyle style) {
        Cell c = row.createCell(column);
        c.setCellFormula(formula);
        c.setCellValue(value.kroner().doubleValue());
        c.setCellStyle(style);
    }

    /** @return the 0-based index of the totals row (= 1-based number of the last transfer row) */
    private int writeTransfers(Sheet sheet, TransferCase transferCase, Styles s, int lastCommitmentRow, Figures figures) {
        header(sheet, s, "xlsx.transfers.number", "xlsx.transfers.title", "xlsx.transfers.schedule",
                "xlsx.transfers.amount", "xlsx.transfers.early", "xlsx.transfers.background",
                "xlsx.transfers.consequences", "xlsx.transfers.recommendation", "xlsx.transfers.committed",
                "xlsx.transfers.pending", "xlsx.transfers.uncommitted");
        String a = quoted(commitmentsSheet()) + "!";
        int end = Math.max(2, lastCommitmentRow);
        String amounts = a + "$" + col(C_AMOUNT) + "$2:$" + col(C_AMOUNT) + "$" + end;
        String numbers = a + "$" + col(C_TRANSFER) + "$2:$" + col(C_TRANSFER) + "$" + end;
        String statuses = a + "$" + col(C_STATUS) + "$2:$" + col(C_STATUS) + "$" + end;
        int r = 1;
        for (Transfer t : transferCase.transfers()) {
            Row row = sheet.createRow(r);
            int excelRow = r + 1;
            row.createCell(T_NUMBER).setCellValue(t.number());
            text(row, T_TITLE, t.title(), s.wrap);
            row.createCell(T_SCHEDULE).setCellValue(t.schedule());
            amount(row, T_AMOUNT, t.amount(), s);
            amount(row, T_EARLY, t.earlyApproved(), s);
            text(row, T_BACKGROUND, t.background(), s.wrap);
            text(row, T_CONSEQUENCES, t.consequences(), s.wrap);
            text(row, T_RECOMMENDATION, t.recommendation(), s.wrap);
            var f = figures.byNumber.get(t.number());
            sumifs(row, T_COMMITTED, amounts, numbers, excelRow, statuses, CommitmentStatus.SIGNED, f.committed(), s);
            sumifs(row, T_PENDING, amounts, numbers, excelRow, statuses, CommitmentStatus.NEGOTIATING, f.pending(), s);
            formula(row, T_UNCOMMITTED, "MAX(0," + col(T_AMOUNT) + excelRow + "-" + col(T_COMMITTED) + excelRow + "-"
                    + col(T_PENDING) + excelRow + ")", f.uncommitted(), s.kroner);
            r++;
        }
        Row totals = sheet.createRow(r);
        text(totals, T_NUMBER, total(), s.totalLabel);
        sum(totals, T_AMOUNT, r, figures.summary.requestedTotal(), s);
        sum(totals, T_EARLY, r, figures.summary.earlyTotal(), s);
        sum(totals, T_COMMITTED, r, figures.committed, s);
        sum(totals, T_PENDING, r, figures.pending, s);
        sum(totals, T_UNCOMMITTED, r, figures.uncommitted, s);
        int[] widths = {7, 34, 7, 16, 16, 60, 60, 40, 16, 16, 16};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 1);
        return r;
    }

    private static void sumifs(Row row, int column, String amounts, String numbers, int excelRow, String statuses,
                               CommitmentStatus status, Money value, Styles s) {
        formula(row, column, "SUMIFS(" + amounts + "," + numbers + "," + col(T_NUMBER) + excelRow + "," + statuses
                + ",\"" + status.label().replace("\"", "\"\"") + "\")", value, s.kroner);
    }

    /** @return the 1-based number of the last commitment row (1 when there are none) */
    private int writeCommitments(Sheet sheet, TransferCase transferCase, Styles s) {
        header(sheet, s, "xlsx.commitments.transfer", "xlsx.commitments.party", "xlsx.commitments.description",
                "xlsx.commitments.amount", "xlsx.commitments.status");
        int r = 1;
        Money total = Money.ZERO;
        for (Transfer t : transferCase.transfers()) {
            for (Commitment c : t.commitments()) {
                total = total.plus(c.amount());
                Row row = sheet.createRow(r++);
                row.createCell(C_TRANSFER).setCellValue(t.number());
                text(row, C_PARTY, c.party(), s.wrap);
                text(row, C_DESCRIPTION, c.description(), s.wrap);
                amount(row, C_AMOUNT, c.amount(), s);
                text(row, C_STATUS, c.status().label(), null);
            }
        }
        Row totals = sheet.createRow(r);
        text(totals, C_TRANSFER, total(), s.totalLabel);
        sum(totals, C_AMOUNT, r, total, s);
        int[] widths = {14, 30, 60, 16, 18};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 1);
        return r;
    }

    /** @return the 0-based index of the totals row */
    private int writeUnderspend(Sheet sheet, Round round, Styles s) {
        header(sheet, s, "xlsx.underspend.text", "xlsx.underspend.amount");
        int r = 1;
        for (UnderspendLine line : round.underspendLines()) {
            Row row = sheet.createRow(r++);
            text(row, U_TEXT, line.text(), s.wrap);
            amount(row, U_AMOUNT, line.amount(), s);
        }
        Row totals = sheet.createRow(r);
        text(totals, U_TEXT, total(), s.totalLabel);
        sum(totals, U_AMOUNT, r, Money.sum(round.underspendLines(), UnderspendLine::amount), s);
        sheet.setColumnWidth(0, 50 * 256);
        sheet.setColumnWidth(1, 18 * 256);
        sheet.createFreezePane(0, 1);
        return r;
    }

    private static void header(Sheet sheet, Styles s, String... keys) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < keys.length; i++) {
            text(row, i, Texts.get(keys[i]), s.header);
        }
        sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, keys.length - 1));
    }

    /** SUM over the data rows above the totals row {@code totalsRow} (0-based). */
    private static void sum(Row totals, int column, int totalsRow, Money value, Styles s) {
        formula(totals, column, totalsRow < 2 ? "0" : "SUM(" + col(column) + "2:" + col(column) + totalsRow + ")", value,
                s.totalKroner);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell c = row.createCell(column);
        c.setCellValue(value);
        if (style != null) {
            c.setCellStyle(style);
        }
    }

    /**
     * A number cell. SXSSF stores the double's shortest decimal text, which for an amount of at most
     * 15 significant digits (NUMERIC(15,2)) is that amount exactly: {@link XlsxCaseReader} reads it back
     * as a {@code BigDecimal} without going through {@code double}.
     */
    private static void amount(Row row, int column, Money money, Styles s) {
        Cell c = row.createCell(column);
        c.setCellValue(money.kroner().doubleValue());
        c.setCellStyle(s.kroner);
    }

    private static String col(int column) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(column);
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle label;
        final CellStyle title;
        final CellStyle kroner;
        final CellStyle totalKroner;
        final CellStyle totalLabel;
        final CellStyle wrap;
        final CellStyle date;

        Styles(Workbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            short kr = wb.createDataFormat().getFormat(KRONER_FORMAT);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            label = wb.createCellStyle();
            label.setFont(bold);
            title = wb.createCellStyle();
            title.setFont(big);
            kroner = wb.createCellStyle();
            kroner.setDataFormat(kr);
            kroner.setVerticalAlignment(VerticalAlignment.TOP);
            totalKroner = wb.createCellStyle();
            totalKroner.setDataFormat(kr);
            totalKroner.setFont(bold);
            totalKroner.setBorderTop(BorderStyle.THIN);
            totalLabel = wb.createCellStyle();
            totalLabel.setFont(bold);
            totalLabel.setBorderTop(BorderStyle.THIN);
            wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat(DATE_FORMAT));
            date.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.LEFT);
        }
    }
}
