package dk.overfoersel.service.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dk.overfoersel.TestCases;
import dk.overfoersel.domain.Money;
import dk.overfoersel.service.CaseService;
import dk.overfoersel.store.Database;
import dk.overfoersel.store.backup.BackupFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupRetentionTest {

    @TempDir
    Path dir;

    @Test
    void keepsTheLastTenAndTheNewestOfEachOfTheLastThirtyDays() throws Exception {
        LocalDate today = LocalDate.of(2026, 11, 23);
        // three backups a day for 40 days
        for (int day = 0; day < 40; day++) {
            for (int hour = 9; hour <= 15; hour += 3) {
                Files.createFile(BackupFiles.newName(dir, today.minusDays(day).atTime(hour, 0)));
            }
        }
        Files.writeString(dir.resolve("noter.txt"), "not a backup");
        BackupFiles.prune(dir, today);

        var kept = BackupFiles.list(dir);
        // the newest 10 (today's 3, and 3 days back, and the 15:00 of day 3) + one a day for days 4..29
        assertThat(kept).hasSize(10 + 26);
        assertThat(kept.get(0).getFileName().toString()).isEqualTo("overfoersel-20261123-150000.zip");
        assertThat(kept.get(kept.size() - 1).getFileName().toString()).isEqualTo("overfoersel-20261025-150000.zip");
        assertThat(dir.resolve("noter.txt")).exists();
    }

    @Test
    void theWindowBacksUpAfterTheFirstChangeAndThenAtMostHourly() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
        try (CaseService service = new CaseService(Database.open(TestCases.url(dir)))) {
            long round = service.importCase(TestCases.small(), false); // before the schedule: no backup
            AutoBackup.attach(service, clock);
            Path backups = dir.resolve("backups");
            assertThat(BackupFiles.list(backups)).isEmpty();

            var t = service.open(round).transfers().get(1);
            t = service.updateTransfer(t.id(), t.version(), t.value().withAmounts(Money.ofKroner(1), Money.ZERO));
            assertThat(BackupFiles.list(backups)).hasSize(1);

            clock.advance(Duration.ofMinutes(59));
            t = service.updateTransfer(t.id(), t.version(), t.value().withAmounts(Money.ofKroner(2), Money.ZERO));
            assertThat(BackupFiles.list(backups)).hasSize(1);

            clock.advance(Duration.ofMinutes(2));
            service.updateTransfer(t.id(), t.version(), t.value().withAmounts(Money.ofKroner(3), Money.ZERO));
            assertThat(BackupFiles.list(backups)).hasSize(2);
            assertThat(BackupFiles.list(backups).get(0)).isNotEqualTo(BackupFiles.list(backups).get(1));
        }
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
