package dk.overfoersel.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;

/**
 * Every text a user reads comes from the Danish bundles in {@code i18n/}: {@code messages_da.properties}
 * (the core) and one file per area ({@link #FILES}), read as one bundle. Danish is the only language;
 * nothing falls back to the machine's locale, so an English workstation still gets Danish.
 */
public final class Texts {

    public static final Locale DANISH = Locale.forLanguageTag("da-DK");

    /** The bundle files, one per area; a key is defined in exactly one of them. Missing files are skipped. */
    public static final List<String> FILES = List.of(
            "messages_da.properties", "ui_da.properties", "layout_da.properties", "rules_da.properties", "store_da.properties",
            "document_da.properties", "figures_da.properties", "note_da.properties", "installer_da.properties",
            "postgres_da.properties");

    private static final ResourceBundle MESSAGES = load();

    private Texts() {
    }

    public static ResourceBundle bundle() {
        return MESSAGES;
    }

    /** The text for a key, through {@link MessageFormat}: placeholders {0}, {1}… are filled in. */
    public static String get(String key, Object... args) {
        if (!MESSAGES.containsKey(key)) {
            return "!" + key + "!";
        }
        MessageFormat format = new MessageFormat(withoutDoubleFullStops(MESSAGES.getString(key), args), DANISH);
        return format.format(args);
    }

    private static final java.util.regex.Pattern ARGUMENT_THEN_FULL_STOP =
            java.util.regex.Pattern.compile("\\{(\\d+)(,[^}]*)?}\\.");

    /**
     * A message's full stop right after an argument is left out when that argument already ends with
     * one ("… overføre 49,1 mio. kr." rather than "kr.."; a title ending with a full stop).
     */
    static String withoutDoubleFullStops(String pattern, Object... args) {
        if (args == null || args.length == 0 || pattern.indexOf('.') < 0) {
            return pattern;
        }
        java.util.regex.Matcher m = ARGUMENT_THEN_FULL_STOP.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int index = Integer.parseInt(m.group(1));
            boolean endsWithStop = index < args.length && args[index] instanceof CharSequence text
                    && text.toString().strip().endsWith(".");
            String kept = endsWithStop ? m.group().substring(0, m.group().length() - 1) : m.group();
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(kept));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static ResourceBundle load() {
        Properties all = new Properties();
        for (String file : FILES) {
            try (InputStream in = Texts.class.getResourceAsStream("/i18n/" + file)) {
                if (in != null) {
                    all.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) {
                return all.getProperty(key);
            }

            @Override
            public Enumeration<String> getKeys() {
                return Collections.enumeration(all.stringPropertyNames());
            }

            @Override
            public Locale getLocale() {
                return DANISH;
            }
        };
    }
}
