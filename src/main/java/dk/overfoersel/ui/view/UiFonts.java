package dk.overfoersel.ui.view;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;

/**
 * The window's font, shipped with the program: Carlito (SIL Open Font License, the same files the
 * PDF embeds, {@code resources/fonts/}). Loaded once before the first scene, so the CSS family
 * {@value #FAMILY} resolves to it on every desktop and column widths measured in tests hold on the
 * user's machine (a Debian desktop would otherwise fall back to the wider DejaVu Sans).
 */
public final class UiFonts {

    public static final String FAMILY = "Carlito";
    /** The base text size at zoom 100 %, in pixels. */
    public static final double BASE_SIZE = 14;
    private static final String[] FILES = {"/fonts/Carlito-Regular.ttf", "/fonts/Carlito-Bold.ttf",
        "/fonts/Carlito-Italic.ttf", "/fonts/Carlito-BoldItalic.ttf"};
    private static volatile boolean loaded;

    private UiFonts() {
    }

    /** Registers the shipped faces with JavaFX (idempotent); call on or before the first scene. */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        for (String file : FILES) {
            try (InputStream in = UiFonts.class.getResourceAsStream(file)) {
                if (in == null || Font.loadFont(in, BASE_SIZE) == null) {
                    throw new IllegalStateException("the window's font could not be loaded: " + file);
                }
            } catch (IOException e) {
                throw new IllegalStateException("the window's font could not be loaded: " + file, e);
            }
        }
        loaded = true;
    }

    /** The regular face at a size. */
    public static Font regular(double size) {
        load();
        return Font.font(FAMILY, size);
    }

    /** The bold face at a size. */
    public static Font bold(double size) {
        load();
        return Font.font(FAMILY, javafx.scene.text.FontWeight.BOLD, size);
    }
}
