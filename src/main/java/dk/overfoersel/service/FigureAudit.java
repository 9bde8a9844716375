package dk.overfoersel.service;

import dk.overfoersel.domain.DanishFormat;
import dk.overfoersel.domain.figure.Figure;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** How a figure and a checked amount appear in the audit trail (field → display value). */
final class FigureAudit {

    static final String FIGURE = "transfer_figure";
    static final String CHECKED_AMOUNT = "checked_amount";

    private FigureAudit() {
    }

    static Map<String, String> fields(Figure f) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", f.name());
        m.put("caption", f.caption());
        m.put("altText", f.altText());
        m.put("sourceNote", f.sourceNote());
        // the image itself is not copied into the trail: its type, size and fingerprint tell a change
        m.put("image", f.mediaType() + ", " + DanishFormat.decimal(BigDecimal.valueOf(f.size())) + " byte, sha256 "
                + sha256(f.data()).substring(0, 16));
        return m;
    }

    static Map<String, String> checked(String amount) {
        return Map.of("amount_checked", amount);
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
