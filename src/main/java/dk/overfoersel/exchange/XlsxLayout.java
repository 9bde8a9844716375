package dk.overfoersel.exchange;

import dk.overfoersel.domain.Texts;

/**
 * Where things are in the workbook that {@link XlsxCaseWriter} writes and {@link XlsxCaseReader}
 * reads back. Columns are 0-based here; people see them as letters (A = 0).
 */
final class XlsxLayout {

    private XlsxLayout() {
    }

    static String overviewSheet() {
        return Texts.get("xlsx.sheet.overview");
    }

    static String transfersSheet() {
        return Texts.get("xlsx.sheet.transfers");
    }

    static String commitmentsSheet() {
        return Texts.get("xlsx.sheet.commitments");
    }

    static String underspendSheet() {
        return Texts.get("xlsx.sheet.underspend");
    }

    static String total() {
        return Texts.get("xlsx.total");
    }

    // ---- the overview sheet: labels in A, values in B (0-based rows) ----
    static final int OVERVIEW_VALUE_COLUMN = 1;
    static final int ROW_ADMINISTRATION = 2;
    static final int ROW_COMMITTEE = 3;
    static final int ROW_ACCOUNTS_YEAR = 4;
    static final int ROW_BUDGET_YEAR = 5;
    static final int ROW_EARLY_DATE = 6;
    static final int ROW_FIGURES_HEADING = 8;
    static final int ROW_NET = 9;
    static final int ROW_EARLY = 10;
    static final int ROW_CEILING = 11;
    static final int ROW_REQUESTED = 12;
    static final int ROW_HEADROOM = 13;
    static final int ROW_AT_RISK = 14;

    // ---- transfers ----
    static final int T_NUMBER = 0;
    static final int T_TITLE = 1;
    static final int T_SCHEDULE = 2;
    static final int T_AMOUNT = 3;
    static final int T_EARLY = 4;
    static final int T_BACKGROUND = 5;
    static final int T_CONSEQUENCES = 6;
    static final int T_RECOMMENDATION = 7;
    static final int T_COMMITTED = 8;
    static final int T_PENDING = 9;
    static final int T_UNCOMMITTED = 10;

    // ---- commitments ----
    static final int C_TRANSFER = 0;
    static final int C_PARTY = 1;
    static final int C_DESCRIPTION = 2;
    static final int C_AMOUNT = 3;
    static final int C_STATUS = 4;

    // ---- underspend lines ----
    static final int U_TEXT = 0;
    static final int U_AMOUNT = 1;

    /** {@code Overførsler!C5} for row 4, column 2 (0-based). */
    static String address(String sheet, int row, int column) {
        return sheet + "!" + org.apache.poi.ss.util.CellReference.convertNumToColString(column) + (row + 1);
    }

    /** A sheet name as a formula needs it: {@code 'Skema 3'}. */
    static String quoted(String sheet) {
        return "'" + sheet.replace("'", "''") + "'";
    }
}
