package dk.overfoersel.exchange;

import static dk.overfoersel.exchange.XlsxCells.cell;
import static dk.overfoersel.exchange.XlsxCells.type;
import static dk.overfoersel.exchange.XlsxLayout.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.overfoersel.domain.CommitmentStatus;
import dk.overfoersel.domain.DanishFormat;
import dk.overfoersel.domain.Texts;
import dk.overfoersel.domain.TransferCase;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a workbook written by {@link XlsxCaseWriter} (and edited by a person) back into a case.
 *
 * <p>The cells are turned into the same JSON tree as the exchange format and validated by
 * {@link JsonCaseReader#read(JsonNode)}, so the rules are the same; every error is then given
 * the cell it came from ({@code Overførsler!D5: …}). Amounts are read from the cell's stored
 * text as a {@code BigDecimal} — never through {@code getNumericCellValue()} — so a third decimal
 * is an error and not rounded away (see {@link #exact(String)}). Formula columns and totals rows
 * are not read.
 */
public final class XlsxCaseReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT); // 31.02.2008 is an error, not 29.02.
    /** Excel's limit for the text of a cell. */
    static final int MAX_CELL_TEXT = 32_767;
    /** Beyond this many integer digits a number is no amount, year or transfer number; it is not expanded. */
    private static final int MAX_DIGITS = 30;

    static {
        PoiQuiet.apply();
    }

    public TransferCase read(Path file) throws ImportException {
        return ImportException.readFile(file, this::read);
    }

    public TransferCase read(InputStream in) throws ImportException, IOException {
        XSSFWorkbook wb = PoiQuiet.open(in);
        try (wb) {
            return new Reading().read(wb);
        }
    }

    /** See {@link Reading#exact(String)}. */
    static BigDecimal exact(String raw) {
        return Reading.exact(raw);
    }

    /** One reading of one workbook: the state of a call, never shared between calls. */
    private static final class Reading {

        private final List<ImportError> errors = new ArrayList<>();
        /** JSON path → cell, for naming the cell of an error found by the JSON rules. */
        private final Map<String, String> cells = new HashMap<>();
        /** Cells that already have an error of their own; the JSON rules' error about them is left out. */
        private final Set<String> reported = new HashSet<>();
        /** The JSON path of each transfer object, by identity. */
        private final Map<ObjectNode, String> pathOf = new IdentityHashMap<>();

        TransferCase read(XSSFWorkbook wb) throws ImportException {
            ObjectNode root = NODES.objectNode();
            root.put("format", JsonCaseReader.FORMAT);
            XSSFSheet overview = sheet(wb, overviewSheet());
            XSSFSheet transfers = sheet(wb, transfersSheet());
            XSSFSheet commitments = sheet(wb, commitmentsSheet());
            XSSFSheet underspend = sheet(wb, underspendSheet());
            if (!errors.isEmpty()) {
                throw new ImportException(errors);
            }
            ObjectNode round = root.putObject("round");
            cells.put("round", address(overviewSheet(), ROW_ADMINISTRATION, 0));
            readRound(overview, round);
            round.set("underspendLines", readUnderspend(underspend));
            ArrayNode transferArray = root.putArray("transfers");
            Map<BigDecimal, ObjectNode> byNumber = readTransfers(transfers, transferArray);
            readCommitments(commitments, byNumber);

            List<ImportError> all = new ArrayList<>(errors);
            try {
                TransferCase result = new JsonCaseReader().read(root);
                if (all.isEmpty()) {
                    return result;
                }
            } catch (ImportException e) {
                for (ImportError error : e.errors()) {
                    ImportError placed = place(error);
                    if (placed != null) {
                        all.add(placed);
                    }
                }
            }
            throw new ImportException(all);
        }

        private XSSFSheet sheet(XSSFWorkbook wb, String name) {
            XSSFSheet sheet = wb.getSheet(name);
            if (sheet == null) {
                errors.add(ImportError.ofFile(Texts.get("xlsx.missingSheet", name)));
            }
            return sheet;
        }

        // ---- the sheets --------------------------------------------------------------------------

        private void readRound(XSSFSheet sheet, ObjectNode round) {
            String name = overviewSheet();
            putText(round, "administration", "round.administration", sheet, name, ROW_ADMINISTRATION, OVERVIEW_VALUE_COLUMN);
            putText(round, "committee", "round.committee", sheet, name, ROW_COMMITTEE, OVERVIEW_VALUE_COLUMN);
            putNumber(round, "accountsYear", "round.accountsYear", sheet, name, ROW_ACCOUNTS_YEAR, OVERVIEW_VALUE_COLUMN);
            putNumber(round, "budgetYear", "round.budgetYear", sheet, name, ROW_BUDGET_YEAR, OVERVIEW_VALUE_COLUMN);
            String where = address(name, ROW_EARLY_DATE, OVERVIEW_VALUE_COLUMN);
            cells.put("round.earlyDecisionDate", where);
            XSSFCell cell = cell(sheet, ROW_EARLY_DATE, OVERVIEW_VALUE_COLUMN);
            if (cell == null) {
                return;
            }
            CellType type = type(cell);
            if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                java.time.LocalDateTime date = DateUtil.isValidExcelDate(cell.getNumericCellValue())
                        ? cell.getLocalDateTimeCellValue() : null;
                if (date == null) {
                    own(where, Texts.get("xlsx.expectedDate"));
                } else {
                    round.put("earlyDecisionDate", date.toLocalDate().toString());
                }
            } else if (type == CellType.STRING) {
                String s = cell.getStringCellValue().strip();
                if (!s.isEmpty()) {
                    round.put("earlyDecisionDate", parseDate(s));
                }
            } else {
                own(where, Texts.get("xlsx.expectedDate"));
            }
        }

        private static String parseDate(String s) {
            try {
                return LocalDate.parse(s, DANISH_DATE).toString();
            } catch (DateTimeParseException e) {
                return s; // the JSON rules say it is not a date, or accept ISO
            }
        }

        private ArrayNode readUnderspend(XSSFSheet sheet) {
            ArrayNode lines = NODES.arrayNode();
            String name = underspendSheet();
            boolean belowTotals = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                if (!belowTotals && isTotals(sheet, r)) {
                    belowTotals = true;
                    continue;
                }
                if (blank(sheet, r, U_AMOUNT)) {
                    continue;
                }
                if (belowTotals) {
                    own(address(name, r, 0), Texts.get("xlsx.belowTotals", total()));
                    continue;
                }
                String path = "round.underspendLines[" + lines.size() + "]";
                cells.put(path, address(name, r, U_TEXT));
                ObjectNode line = lines.addObject();
                putText(line, "text", path + ".text", sheet, name, r, U_TEXT);
                putNumber(line, "amount", path + ".amount", sheet, name, r, U_AMOUNT);
            }
            return lines;
        }

        private Map<BigDecimal, ObjectNode> readTransfers(XSSFSheet sheet, ArrayNode array) {
            Map<BigDecimal, ObjectNode> byNumber = new LinkedHashMap<>();
            String name = transfersSheet();
            boolean belowTotals = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                if (!belowTotals && isTotals(sheet, r)) {
                    belowTotals = true;
                    continue;
                }
                if (blank(sheet, r, T_RECOMMENDATION)) {
                    continue;
                }
                if (belowTotals) {
                    own(address(name, r, 0), Texts.get("xlsx.belowTotals", total()));
                    continue;
                }
                String path = "transfers[" + array.size() + "]";
                cells.put(path, address(name, r, T_NUMBER));
                ObjectNode t = array.addObject();
                JsonNode number = putNumber(t, "number", path + ".number", sheet, name, r, T_NUMBER);
                putText(t, "title", path + ".title", sheet, name, r, T_TITLE);
                putNumber(t, "schedule", path + ".schedule", sheet, name, r, T_SCHEDULE);
                putNumber(t, "amount", path + ".amount", sheet, name, r, T_AMOUNT);
                putNumber(t, "earlyApproved", path + ".earlyApproved", sheet, name, r, T_EARLY);
                putText(t, "background", path + ".background", sheet, name, r, T_BACKGROUND);
                putText(t, "consequences", path + ".consequences", sheet, name, r, T_CONSEQUENCES);
                putText(t, "recommendation", path + ".recommendation", sheet, name, r, T_RECOMMENDATION);
                t.putArray("commitments");
                pathOf.put(t, path);
                if (number != null && number.isNumber() && !huge(number.decimalValue())) {
                    ObjectNode earlier = byNumber.putIfAbsent(number.decimalValue().stripTrailingZeros(), t);
                    if (earlier != null) {
                        own(address(name, r, T_NUMBER), Texts.get("xlsx.duplicateNumber",
                                number.decimalValue().stripTrailingZeros().toPlainString(), cells.get(pathOf.get(earlier))));
                    }
                }
            }
            return byNumber;
        }

        private void readCommitments(XSSFSheet sheet, Map<BigDecimal, ObjectNode> byNumber) {
            String name = commitmentsSheet();
            boolean belowTotals = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                if (!belowTotals && isTotals(sheet, r)) {
                    belowTotals = true;
                    continue;
                }
                if (blank(sheet, r, C_STATUS)) {
                    continue;
                }
                if (belowTotals) {
                    own(address(name, r, 0), Texts.get("xlsx.belowTotals", total()));
                    continue;
                }
                String numberCell = address(name, r, C_TRANSFER);
                XSSFCell cell = cell(sheet, r, C_TRANSFER);
                BigDecimal number = cell != null && type(cell) == CellType.NUMERIC ? exact(cell) : null;
                ObjectNode transfer = number == null || huge(number) ? null : byNumber.get(number.stripTrailingZeros());
                if (transfer == null) {
                    own(numberCell, cell == null ? Texts.get("xlsx.commitmentWithoutTransfer")
                            : Texts.get("xlsx.unknownTransfer", DanishFormat.shorten(text(cell)), transfersSheet()));
                    continue;
                }
                ArrayNode list = (ArrayNode) transfer.get("commitments");
                String path = pathOf.get(transfer) + ".commitments[" + list.size() + "]";
                cells.put(path, address(name, r, C_PARTY));
                ObjectNode c = list.addObject();
                putText(c, "party", path + ".party", sheet, name, r, C_PARTY);
                putText(c, "description", path + ".description", sheet, name, r, C_DESCRIPTION);
                putNumber(c, "amount", path + ".amount", sheet, name, r, C_AMOUNT);
                String where = address(name, r, C_STATUS);
                cells.put(path + ".status", where);
                XSSFCell status = cell(sheet, r, C_STATUS);
                if (status != null) {
                    String label = text(status).strip();
                    CommitmentStatus s = status(label);
                    if (s == null) {
                        own(where, Texts.get("xlsx.unknownStatus", DanishFormat.shorten(label), CommitmentStatus.SIGNED.label(),
                                CommitmentStatus.NEGOTIATING.label(), CommitmentStatus.PLANNED.label()));
                        c.put("status", CommitmentStatus.PLANNED.name());
                    } else {
                        c.put("status", s.name());
                    }
                }
            }
        }

        private static CommitmentStatus status(String label) {
            for (CommitmentStatus s : CommitmentStatus.values()) {
                if (s.label().equalsIgnoreCase(label) || s.name().equalsIgnoreCase(label)) {
                    return s;
                }
            }
            return null;
        }

        // ---- cells -------------------------------------------------------------------------------

        /** True when the cells of the row up to {@code lastColumn} are all empty. */
        private static boolean blank(XSSFSheet sheet, int row, int lastColumn) {
            for (int c = 0; c <= lastColumn; c++) {
                XSSFCell cell = cell(sheet, row, c);
                if (cell != null && !(type(cell) == CellType.STRING && cell.getStringCellValue().isBlank())) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isTotals(XSSFSheet sheet, int row) {
            XSSFCell first = cell(sheet, row, 0);
            return first != null && type(first) == CellType.STRING && first.getStringCellValue().strip().equals(total());
        }

        /**
         * The exact value of a number cell, from its stored text, never from {@code getNumericCellValue()}.
         *
         * <p>Excel keeps a number as a double and may store a typed {@code 1234,56} as
         * {@code 1234.5599999999999} (the shortest text that gives back the same double). Such a value
         * is read as the amount with two decimals whose nearest double it is — decided by an exact
         * comparison, not by rounding a double. Anything else with more than two decimals is returned
         * as it is, and the rules call it an error: {@code 1.005} (typed with a third decimal; its
         * double is not that of 1,00 or 1,01) and a computed {@code 0.30000000000000004} are refused.
         */
        static BigDecimal exact(String raw) {
            if (raw == null || raw.isBlank()) {
                return null;
            }
            BigDecimal value;
            try {
                value = new BigDecimal(raw.strip()).stripTrailingZeros();
            } catch (NumberFormatException e) {
                return null;
            }
            if (value.scale() > 2) {
                BigDecimal twoDecimals = value.setScale(2, RoundingMode.HALF_EVEN);
                if (Double.parseDouble(twoDecimals.toPlainString()) == Double.parseDouble(raw.strip())) {
                    value = twoDecimals.stripTrailingZeros();
                }
            }
            return value.scale() < 0 && !huge(value) ? value.setScale(0) : value;
        }

        /** Too many integer digits for any value of the file; such a number is never expanded. */
        private static boolean huge(BigDecimal value) {
            return (long) value.precision() - value.scale() > MAX_DIGITS;
        }

        private static BigDecimal exact(XSSFCell cell) {
            return exact(cell.getRawValue());
        }

        private static String text(XSSFCell cell) {
            return switch (type(cell)) {
                case STRING -> cell.getStringCellValue();
                case NUMERIC -> {
                    BigDecimal v = exact(cell);
                    yield v == null ? "" : v.toPlainString();
                }
                case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
                default -> "";
            };
        }

        private void putText(ObjectNode into, String field, String path, XSSFSheet sheet, String name, int row, int column) {
            String where = address(name, row, column);
            cells.put(path, where);
            XSSFCell cell = cell(sheet, row, column);
            if (cell == null) {
                return;
            }
            if (type(cell) == CellType.ERROR) {
                own(where, Texts.get("xlsx.errorCell"));
                return;
            }
            String text = text(cell);
            if (text.length() > MAX_CELL_TEXT) {
                own(where, Texts.get("xlsx.textTooLong", DanishFormat.decimal(BigDecimal.valueOf(text.length())),
                        DanishFormat.decimal(BigDecimal.valueOf(MAX_CELL_TEXT))));
                return;
            }
            into.put(field, text);
        }

        /** An amount or an integer: a number cell (exact), or text a Dane typed ({@code 1.234,50}). */
        private JsonNode putNumber(ObjectNode into, String field, String path, XSSFSheet sheet, String name, int row, int column) {
            String where = address(name, row, column);
            cells.put(path, where);
            XSSFCell cell = cell(sheet, row, column);
            if (cell == null) {
                return null;
            }
            CellType type = type(cell);
            JsonNode node;
            if (type == CellType.NUMERIC) {
                BigDecimal v = exact(cell);
                if (v == null) {
                    own(where, Texts.get("xlsx.errorCell"));
                    return null;
                }
                node = v.scale() <= 0 && !huge(v) ? NODES.numberNode(v.toBigIntegerExact()) : NODES.numberNode(v);
            } else if (type == CellType.STRING) {
                String s = cell.getStringCellValue().strip();
                if (s.isEmpty()) {
                    return null;
                }
                node = parsedText(s);
            } else if (type == CellType.ERROR) {
                own(where, Texts.get("xlsx.errorCell"));
                return null;
            } else {
                node = NODES.textNode(text(cell));
            }
            into.set(field, node);
            return node;
        }

        /** Text in a number column: a Danish amount becomes a number, anything else stays text (an error later). */
        private static JsonNode parsedText(String s) {
            try {
                BigDecimal v = DanishFormat.parseAmount(s).kroner().stripTrailingZeros();
                v = v.scale() < 0 ? v.setScale(0) : v;
                return v.scale() == 0 ? NODES.numberNode(v.toBigIntegerExact()) : NODES.numberNode(v);
            } catch (IllegalArgumentException e) {
                return NODES.textNode(s);
            }
        }

        // ---- errors ------------------------------------------------------------------------------

        private void own(String where, String message) {
            reported.add(where);
            errors.add(new ImportError("", where, message));
        }

        /** An error of the JSON rules (path {@code transfers[2].amount}) placed at its cell; null when the cell has its own. */
        private ImportError place(ImportError error) {
            String where = null;
            for (String p = error.path(); !p.isEmpty(); p = parent(p)) {
                where = cells.get(p);
                if (where != null) {
                    break;
                }
            }
            if (where != null && reported.contains(where)) {
                return null;
            }
            return where == null ? error : error.at(where);
        }

        private static String parent(String path) {
            int dot = path.lastIndexOf('.');
            int bracket = path.lastIndexOf('[');
            int cut = Math.max(dot, bracket);
            return cut <= 0 ? "" : path.substring(0, cut);
        }
    }
}
