package dk.overfoersel.ui;

import java.util.Locale;

/**
 * The window speaks Danish whatever the machine's language: the default locale (also its FORMAT and
 * DISPLAY categories, which the DatePicker's month and day names and JavaFX's own texts use) is da-DK.
 * Set before the first control is made. Native file choosers' buttons still follow the desktop's language.
 */
public final class DanishLocale {

    public static final Locale DANISH = Locale.forLanguageTag("da-DK");

    private DanishLocale() {
    }

    public static void apply() {
        Locale.setDefault(DANISH);
        Locale.setDefault(Locale.Category.FORMAT, DANISH);
        Locale.setDefault(Locale.Category.DISPLAY, DANISH);
    }
}
