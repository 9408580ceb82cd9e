package com.showroomassistant.staff.command;

import com.showroomassistant.sales.DatePhrases;
import com.showroomassistant.sales.TestDrive;
import com.showroomassistant.sales.TestDriveChanges;
import com.showroomassistant.sales.TestDrives;
import com.showroomassistant.shared.ConflictException;
import com.showroomassistant.shared.InvalidFieldException;
import com.showroomassistant.shared.NotFoundException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** /testdrive: staff see the coming test drives and confirm, complete, cancel, mark a no-show or move one. */
@Component
class TestDriveCommands {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.forLanguageTag("id-ID"));

    private final TestDrives testDrives;
    private final TestDriveChanges changes;
    private final Clock clock;

    TestDriveCommands(TestDrives testDrives, TestDriveChanges changes, Clock clock) {
        this.testDrives = testDrives;
        this.changes = changes;
        this.clock = clock;
    }

    String run(Sender s, Command.TestDrive c) {
        if (c.id() == null) {
            return upcoming(s);
        }
        try {
            if (c.action() != null) {
                TestDrive td = changes.change(s.tenant(), c.id(), c.action(), null);
                return "✅ Test drive #" + td.id() + " kini " + Replies.testDriveStatus(td.status()) + ".";
            }
            ZonedDateTime now = clock.instant().atZone(s.config().zone());
            var when = DatePhrases.parse(c.when(), now)
                    .filter(w -> w.time() != null)
                    .orElseThrow(() -> new CommandRejected(
                            "Sebutkan hari dan jamnya, contoh: /testdrive " + c.id() + " sabtu jam 10"));
            TestDrive td = changes.change(
                    s.tenant(),
                    c.id(),
                    null,
                    when.date().atTime(when.time()).atZone(s.config().zone()).toInstant());
            return "✅ Test drive #" + td.id() + " dipindah ke "
                    + WHEN.format(td.scheduledAt().atZone(s.config().zone())) + ". Pelanggan sudah kami kabari.";
        } catch (NotFoundException e) {
            throw new CommandRejected(
                    "Test drive #" + c.id() + " tidak ditemukan. Ketik /testdrive untuk melihat ID-nya.");
        } catch (ConflictException e) {
            throw new CommandRejected(
                    e.getMessage().contains("already")
                            ? "Test drive #" + c.id() + " sudah selesai atau dibatalkan, jadi tidak bisa diubah lagi."
                            : "Jadwal itu sudah penuh, atau unitnya sudah dibooking di jam itu. Coba jam lain.");
        } catch (InvalidFieldException e) {
            throw new CommandRejected(
                    "Jadwal baru harus di masa depan, contoh: /testdrive " + c.id() + " besok jam 10");
        }
    }

    private String upcoming(Sender s) {
        List<TestDrive> coming = testDrives.upcoming(s.tenant(), clock.instant(), 10);
        if (coming.isEmpty()) {
            return "Belum ada jadwal test drive mendatang.";
        }
        StringBuilder out = new StringBuilder("🚗 Test drive mendatang:");
        for (TestDrive td : coming) {
            out.append("\n#")
                    .append(td.id())
                    .append(" ")
                    .append(WHEN.format(td.scheduledAt().atZone(s.config().zone())))
                    .append(" · ")
                    .append(td.vehicle() == null ? "kunjungan" : td.vehicle())
                    .append(" · ")
                    .append(td.customerName() == null ? "" : td.customerName() + " ")
                    .append(td.customerPhone() == null ? "" : "(" + td.customerPhone() + ")")
                    .append(" · ")
                    .append(Replies.testDriveStatus(td.status()));
        }
        return out.append("\nUbah: /testdrive <ID> <selesai|batal|noshow|konfirmasi|jadwal baru>")
                .toString();
    }
}
