package dk.overfoersel.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every text a user reads comes from the bundle {@code i18n/messages_da.properties}.
 * Danish is the only language and the default; the bundle is looked up without falling back
 * to the machine's locale, so an English workstation still gets Danish.
 */
public final class Texts {

    public static final String BUNDLE = "i18n.messages";
    public static final Locale DANISH = Locale.forLanguageTag("da-DK");

    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle(
            BUNDLE, DANISH, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private Texts() {
    }

    public static ResourceBundle bundle() {
        return MESSAGES;
    }

    /** The text for a key, through {@link MessageFormat}: placeholders {0}, {1}… are filled in. */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = MESSAGES.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        MessageFormat format = new MessageFormat(pattern, DANISH);
        return format.format(args);
    }
}
