package dk.overfoersel.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import org.junit.jupiter.api.Test;
import org.slf4j.bridge.SLF4JBridgeHandler;

class LoggingTest {

    @Test
    void theLogFileLivesNextToTheDefaultDatabase() {
        if (System.getProperty(Logging.DIRECTORY_PROPERTY) != null) {
            return; // set by another start in this JVM: then that directory counts
        }
        Path log = Logging.logFile(Map.of("XDG_DATA_HOME", "/srv/data", "APPDATA", "C:\\Users\\a\\AppData\\Roaming"));
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (!os.contains("win") && !os.contains("mac")) {
            assertThat(log).isEqualTo(Path.of("/srv/data", "overfoersel", "overfoersel.log"));
        }
        assertThat(log.getFileName().toString()).isEqualTo("overfoersel.log");
    }

    @Test
    void javaUtilLoggingGoesToSlf4jAndNotToTheTerminal() {
        Logging.routeJavaUtilLogging();
        Handler[] handlers = java.util.logging.LogManager.getLogManager().getLogger("").getHandlers();
        assertThat(handlers).hasAtLeastOneElementOfType(SLF4JBridgeHandler.class);
        assertThat(handlers).noneMatch(h -> h instanceof ConsoleHandler);
    }
}
