package dk.overfoersel.exchange;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Reading cells of a workbook the same way in every reader (rounds and budget notes). */
public final class XlsxCells {

    private XlsxCells() {
    }

    /** The cell, or null when its row or the cell is missing or blank. */
    public static XSSFCell cell(XSSFSheet sheet, int row, int column) {
        XSSFRow r = sheet.getRow(row);
        XSSFCell c = r == null ? null : r.getCell(column);
        if (c == null || c.getCellType() == CellType.BLANK) {
            return null;
        }
        return c;
    }

    /** The type of the value: a formula cell counts as the type of its cached result. */
    public static CellType type(XSSFCell cell) {
        return cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    }
}
