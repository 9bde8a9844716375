package dk.overfoersel.ui.model;

import java.io.IOException;
import java.nio.file.Path;

/** Hands a file to the desktop: open it in its program, or show it in the file manager. Tests stub it. */
public interface DesktopFiles {

    /** Opens the file with the program the desktop uses for it. */
    void open(Path file) throws IOException;

    /** Shows the folder holding the file (the file selected where the desktop can). */
    void showInFolder(Path file) throws IOException;

    /** No desktop (headless, tests): every call fails, and the window says so. */
    static DesktopFiles none() {
        return new DesktopFiles() {
            @Override
            public void open(Path file) throws IOException {
                throw new IOException("no desktop");
            }

            @Override
            public void showInFolder(Path file) throws IOException {
                throw new IOException("no desktop");
            }
        };
    }
}
