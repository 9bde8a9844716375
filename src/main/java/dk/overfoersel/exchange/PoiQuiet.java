package dk.overfoersel.exchange;

import dk.overfoersel.domain.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Apache POI, kept in Danish: its log lines (English, through java.util.logging) are switched off,
 * and a workbook it cannot open becomes a Danish message that says what to do, never POI's text
 * ("please open an issue on bugzilla").
 */
final class PoiQuiet {

    /** Held so that the level stays (java.util.logging keeps loggers weakly). */
    private static final Logger POI_LOG = Logger.getLogger("org.apache.poi");

    private PoiQuiet() {
    }

    static void apply() {
        POI_LOG.setLevel(Level.OFF);
    }

    /** Opens a workbook; whatever POI says about a file it cannot read becomes one Danish import error. */
    static XSSFWorkbook open(InputStream raw) throws ImportException, IOException {
        apply();
        java.io.BufferedInputStream in = new java.io.BufferedInputStream(raw);
        in.mark(8);
        byte[] magic = in.readNBytes(4);
        in.reset();
        if (magic.length == 0) {
            throw ImportException.ofFile(Texts.get("import.empty"));
        }
        boolean zip = magic.length == 4 && magic[0] == 'P' && magic[1] == 'K';
        boolean ole2 = magic.length == 4 && (magic[0] & 0xff) == 0xD0 && (magic[1] & 0xff) == 0xCF;
        if (ole2) {
            throw ImportException.ofFile(Texts.get("xlsx.oldFormat"));
        }
        if (!zip) {
            throw ImportException.ofFile(Texts.get("xlsx.notWorkbook"));
        }
        try {
            return new XSSFWorkbook(in);
        } catch (EmptyFileException e) {
            throw ImportException.ofFile(Texts.get("import.empty"));
        } catch (OLE2NotOfficeXmlFileException e) {
            throw ImportException.ofFile(Texts.get("xlsx.oldFormat"));
        } catch (NotOfficeXmlFileException e) {
            throw ImportException.ofFile(Texts.get("xlsx.notWorkbook"));
        } catch (IOException | RuntimeException e) {
            String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("zip bomb") || m.contains("max entry size") || m.contains("exceeds the limit")) {
                throw ImportException.ofFile(Texts.get("xlsx.tooLarge"));
            }
            throw ImportException.ofFile(Texts.get("xlsx.damaged"));
        }
    }
}
