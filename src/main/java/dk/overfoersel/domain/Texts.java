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
        MessageFormat format = new MessageFormat(MESSAGES.getString(key), DANISH);
        return format.format(args);
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
