package dk.overfoersel.exchange.note;

import static dk.overfoersel.exchange.XlsxCells.cell;
import static dk.overfoersel.exchange.XlsxCells.type;
import static dk.overfoersel.exchange.note.NoteXlsxLayout.address;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.note.Area;
import dk.overfoersel.domain.note.BudgetNote;
import dk.overfoersel.domain.note.NoteTableKind;
import dk.overfoersel.exchange.ImportError;
import dk.overfoersel.exchange.ImportException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a note's workbook (as {@link NoteXlsxWriter} writes it) into the JSON form and checks it
 * with {@link NoteJsonReader}, so the same rules apply; each error names its sheet and cell
 * ({@code Tabel 2!D5: …}). Amounts are read from the cell's stored text, never through a double;
 * an empty amount cell counts as 0; the computed totals in the sheet are not read.
 */
public final class NoteXlsxReader {

    /** The JSON path of the note object (errors are mapped back to cells by it). */
    private static final String NOTE = "note.";
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private final Map<String, String> cells = new HashMap<>();
    private final List<ImportError> own = new ArrayList<>();

    public BudgetNote read(Path file) throws ImportException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (NoSuchFileException e) {
            throw ImportException.ofFile(Texts.get("import.fileNotFound", file));
        } catch (IOException e) {
            throw ImportException.ofFile(Texts.get("import.cannotRead", file, String.valueOf(e.getMessage())));
        }
    }

    public synchronized BudgetNote read(InputStream in) throws ImportException, IOException {
        cells.clear();
        own.clear();
        ObjectNode root = NODES.objectNode();
        try (XSSFWorkbook wb = open(in)) {
            root.put("format", NoteJsonReader.FORMAT);
            ObjectNode note = root.putObject("note");
            details(wb, note);
            sections(wb, note);
            activities(wb, note);
            ObjectNode stated = NODES.objectNode();
            for (NoteTableKind kind : NoteTableKind.values()) {
                table(wb, kind, note, stated);
            }
            if (!stated.isEmpty()) {
                note.set("statedTotals", stated);
            }
        }
        List<ImportError> errors = new ArrayList<>(own);
        try {
            BudgetNote note = new NoteJsonReader().read(root);
            if (errors.isEmpty()) {
                return note;
            }
        } catch (ImportException e) {
            for (ImportError error : e.errors()) {
                errors.add(place(error));
            }
        }
        throw new ImportException(errors);
    }

    private static XSSFWorkbook open(InputStream in) throws ImportException {
        try {
            return new XSSFWorkbook(in);
        } catch (IOException | RuntimeException e) {
            throw ImportException.ofFile(Texts.get("note.xlsx.notWorkbook"));
        }
    }

    // ---- sheets --------------------------------------------------------------------------------

    private void details(XSSFWorkbook wb, ObjectNode note) {
        String name = NoteXlsxLayout.noteSheet();
        XSSFSheet sheet = sheet(wb, name, "note", true);
        if (sheet == null) {
            return;
        }
        putText(note, "code", NOTE + "code", sheet, name, NoteXlsxLayout.ROW_CODE, 1);
        putText(note, "title", NOTE + "title", sheet, name, NoteXlsxLayout.ROW_TITLE, 1);
        putText(note, "administration", NOTE + "administration", sheet, name, NoteXlsxLayout.ROW_ADMINISTRATION, 1);
        String where = address(name, NoteXlsxLayout.ROW_DATE, 1);
        cells.put(NOTE + "date", where);
        XSSFCell date = cell(sheet, NoteXlsxLayout.ROW_DATE, 1);
        if (date != null) {
            if (type(date) == CellType.NUMERIC && DateUtil.isCellDateFormatted(date)) {
                note.put("date", date.getLocalDateTimeCellValue().toLocalDate().toString());
            } else {
                note.put("date", parseDate(text(date)));
            }
        }
        putNumber(note, "priceLevel", NOTE + "priceLevel", sheet, name, NoteXlsxLayout.ROW_PRICE_LEVEL, 1);
        putNumber(note, "permanentFrom", NOTE + "permanentFrom", sheet, name, NoteXlsxLayout.ROW_PERMANENT_FROM, 1);
    }

    private void sections(XSSFWorkbook wb, ObjectNode note) {
        String name = NoteXlsxLayout.sectionsSheet();
        XSSFSheet sheet = sheet(wb, name, NOTE + "sections", false);
        if (sheet == null) {
            return;
        }
        ArrayNode array = note.putArray("sections");
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            if (blank(sheet, r, 1)) {
                continue;
            }
            String path = NOTE + "sections[" + array.size() + "]";
            cells.put(path, address(name, r, 0));
            ObjectNode item = array.addObject();
            putText(item, "heading", path + ".heading", sheet, name, r, 0);
            putText(item, "text", path + ".text", sheet, name, r, 1);
        }
    }

    private void activities(XSSFWorkbook wb, ObjectNode note) {
        String name = NoteXlsxLayout.activitiesSheet();
        XSSFSheet sheet = sheet(wb, name, NOTE + "activities", false);
        if (sheet == null) {
            return;
        }
        ArrayNode array = note.putArray("activities");
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            if (blank(sheet, r, 1)) {
                continue;
            }
            String path = NOTE + "activities[" + array.size() + "]";
            cells.put(path, address(name, r, 0));
            ObjectNode item = array.addObject();
            putText(item, "activity", path + ".activity", sheet, name, r, 0);
            putText(item, "effect", path + ".effect", sheet, name, r, 1);
        }
    }

    private void table(XSSFWorkbook wb, NoteTableKind kind, ObjectNode note, ObjectNode stated) {
        String field = NoteJsonWriter.field(kind);
        String path = NOTE + field;
        String name = NoteXlsxLayout.sheet(kind);
        cells.put(path, name);
        XSSFSheet sheet = wb.getSheet(name);
        if (sheet == null) {
            return;
        }
        ObjectNode table = note.putObject(field);
        int first = NoteXlsxLayout.firstYearColumn(kind);
        int label = NoteXlsxLayout.labelColumn(kind);
        ArrayNode years = table.putArray("years");
        cells.put(path + ".years", address(name, 0, first));
        int c = first;
        for (XSSFCell cell = cell(sheet, 0, c); cell != null && type(cell) == CellType.NUMERIC; cell = cell(sheet, 0, ++c)) {
            cells.put(path + ".years[" + years.size() + "]", address(name, 0, c));
            years.add(number(cell));
        }
        int count = years.size();
        int sumColumn = first + count;
        int lastColumn = kind == NoteTableKind.CONVERSIONS ? sumColumn + 1 : sumColumn;
        ArrayNode rows = table.putArray("rows");
        cells.put(path + ".rows", name);
        int r = 1;
        for (; r <= sheet.getLastRowNum() && !blank(sheet, r, lastColumn); r++) {
            String rowPath = path + ".rows[" + rows.size() + "]";
            cells.put(rowPath, address(name, r, label));
            ObjectNode row = rows.addObject();
            if (kind.hasAreas()) {
                cells.put(rowPath + ".area", address(name, r, 0));
                XSSFCell area = cell(sheet, r, 0);
                if (area != null) {
                    row.put("area", areaName(text(area)));
                }
            }
            putText(row, "label", rowPath + ".label", sheet, name, r, label);
            row.set("amounts", amounts(sheet, name, r, first, count, rowPath + ".amounts"));
            if (kind == NoteTableKind.CONVERSIONS) {
                XSSFCell from = cell(sheet, r, sumColumn + 1);
                if (from != null && !text(from).isBlank()) {
                    cells.put(rowPath + ".convertsFrom", address(name, r, sumColumn + 1));
                    row.put("convertsFrom", text(from));
                }
            }
        }
        // after the rows: the computed totals (not read) and the stated totals
        String statedPath = NOTE + "statedTotals." + field;
        for (; r <= sheet.getLastRowNum(); r++) {
            XSSFCell first0 = cell(sheet, r, 0);
            if (first0 == null || !text(first0).strip().equals(NoteXlsxLayout.stated())) {
                continue;
            }
            if (kind.hasAreas()) {
                XSSFCell areaCell = cell(sheet, r, label);
                String area = areaName(areaCell == null ? "" : text(areaCell));
                ObjectNode perArea = stated.has(field) ? (ObjectNode) stated.get(field) : stated.putObject(field);
                cells.put(statedPath + "." + area, address(name, r, label));
                perArea.set(area, amounts(sheet, name, r, first, count, statedPath + "." + area));
            } else {
                cells.put(statedPath, address(name, r, 0));
                stated.set(field, amounts(sheet, name, r, first, count, statedPath));
            }
        }
    }

    private ArrayNode amounts(XSSFSheet sheet, String name, int r, int first, int count, String path) {
        ArrayNode amounts = NODES.arrayNode();
        cells.put(path, address(name, r, first));
        for (int i = 0; i < count; i++) {
            cells.put(path + "[" + i + "]", address(name, r, first + i));
            XSSFCell cell = cell(sheet, r, first + i);
            amounts.add(cell == null ? NODES.numberNode(0L) : number(cell));
        }
        return amounts;
    }

    // ---- cells ---------------------------------------------------------------------------------

    private XSSFSheet sheet(XSSFWorkbook wb, String name, String path, boolean required) {
        XSSFSheet sheet = wb.getSheet(name);
        if (sheet == null && required) {
            own.add(ImportError.ofFile(Texts.get("note.xlsx.missingSheet", name)));
        }
        cells.put(path, name);
        return sheet;
    }

    /** The area's enum name for its Danish label (or its enum name); anything else as typed, for the rules to report. */
    private static String areaName(String text) {
        String t = text.strip();
        for (Area a : Area.values()) {
            if (a.name().equalsIgnoreCase(t) || a.label().equalsIgnoreCase(t)) {
                return a.name();
            }
        }
        return t;
    }

    private static String parseDate(String s) {
        String t = s.strip();
        try {
            return LocalDate.parse(t, DANISH_DATE).toString();
        } catch (DateTimeParseException e) {
            return t; // ISO or not a date: the rules decide
        }
    }

    private void putText(ObjectNode into, String field, String path, XSSFSheet sheet, String name, int row, int column) {
        cells.put(path, address(name, row, column));
        XSSFCell cell = cell(sheet, row, column);
        if (cell != null) {
            into.put(field, text(cell));
        }
    }

    private void putNumber(ObjectNode into, String field, String path, XSSFSheet sheet, String name, int row, int column) {
        cells.put(path, address(name, row, column));
        XSSFCell cell = cell(sheet, row, column);
        if (cell != null) {
            into.set(field, number(cell));
        }
    }

    /** A number cell as an exact number; a text cell typed the Danish way ("1.234", "-900") as its number. */
    private static JsonNode number(XSSFCell cell) {
        if (type(cell) == CellType.NUMERIC) {
            BigDecimal v = exact(cell.getRawValue());
            if (v == null) {
                return NODES.textNode(text(cell));
            }
            return v.scale() <= 0 ? NODES.numberNode(v.toBigIntegerExact()) : NODES.numberNode(v);
        }
        String s = text(cell).strip().replace('\u2212', '-');
        if (s.matches("[-+]?\\d{1,3}(\\.\\d{3})+|[-+]?\\d+")) {
            return NODES.numberNode(new java.math.BigInteger(s.replace(".", "").replace("+", "")));
        }
        return NODES.textNode(s);
    }

    private static BigDecimal exact(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            BigDecimal v = new BigDecimal(raw.strip()).stripTrailingZeros();
            return v.scale() < 0 ? v.setScale(0) : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }


    private static boolean blank(XSSFSheet sheet, int row, int lastColumn) {
        for (int c = 0; c <= lastColumn; c++) {
            XSSFCell cell = cell(sheet, row, c);
            if (cell != null && !text(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String text(XSSFCell cell) {
        return switch (type(cell)) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> {
                BigDecimal v = exact(cell.getRawValue());
                yield v == null ? "" : v.toPlainString();
            }
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    /** note.expenditure.rows[2].amounts[0] → Tabel 2!D4: the cell of the longest known path. */
    private ImportError place(ImportError error) {
        for (String p = error.path(); !p.isEmpty(); p = parent(p)) {
            String where = cells.get(p);
            if (where != null) {
                return error.at(where);
            }
        }
        return error;
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "" : path.substring(0, cut);
    }
}
