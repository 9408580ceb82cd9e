package com.showroomassistant.sales;

import com.showroomassistant.assistant.BusinessHours;
import com.showroomassistant.conversation.Conversations;
import com.showroomassistant.inventory.Vehicle;
import com.showroomassistant.inventory.VehicleQuery;
import com.showroomassistant.inventory.Vehicles;
import com.showroomassistant.shared.DisplayName;
import com.showroomassistant.shared.TenantId;
import com.showroomassistant.shared.Timestamps;
import com.showroomassistant.tenant.AiConfig;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test-drive and viewing bookings by WhatsApp, with or without the LLM: the classifier's intent, the
 * vehicle in context and the date parser drive it. Free slots come from business hours, slot length and
 * parallel capacity; capacity and one booking per vehicle and slot are enforced by unique keys.
 */
@Component
public class Bookings {

    private static final Pattern AFFIRM = Pattern.compile(
            "(?i)^\\s*(iya+|ya+|y|ok(e|ey)?|oke+|boleh|siap|setuju|jadi|deal|mau|bisa|sip|baik|gas|yes|confirm|konfirmasi)"
                    + "\\b[\\s\\p{Punct}\\p{So}]*(kak|min|gan|mas|mbak|pak|bu|ya|dong|deh|aja)?[\\s\\p{Punct}\\p{So}]*$");
    private static final Pattern CHOICE =
            Pattern.compile("^\\s*(?:no\\.?|nomor|pilih|yang)?\\s*([1-3])\\s*[.!)]?\\s*$");
    private static final Pattern CANCEL =
            Pattern.compile("(?i)\\b(batal\\w*|cancel\\w*|gak jadi|ga jadi|nggak jadi|tidak jadi|gajadi)\\b");
    private static final Pattern RESCHEDULE = Pattern.compile(
            "(?i)\\b(ganti|ubah|pindah|geser|reschedule|undur|majukan)\\b.{0,15}\\b(jadwal|jam|hari|waktu|tanggal)\\b");
    private static final Pattern DECLINE = Pattern.compile("(?i)^\\s*(tidak|nggak|gak|ga|enggak|no|belum)\\b.*");
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.forLanguageTag("id-ID"));
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private final JdbcClient jdbc;
    private final Vehicles vehicles;
    private final JsonMapper json;
    private final TransactionTemplate tx;

    private final Conversations conversations;

    Bookings(
            JdbcClient jdbc,
            Vehicles vehicles,
            JsonMapper json,
            PlatformTransactionManager transactions,
            Conversations conversations) {
        this.conversations = conversations;
        this.jdbc = jdbc;
        this.vehicles = vehicles;
        this.json = json;
        this.tx = new TransactionTemplate(transactions);
    }

    /** @param bookingOffer and {@code interestModel}: the conversation's state as the turn loaded it */
    public record Turn(
            TenantId tenant,
            long conversationId,
            String customerIdentity,
            String customerPhone,
            String customerName,
            String text,
            boolean testDriveIntent,
            String model,
            AiConfig config,
            Instant now,
            String bookingOffer,
            String interestModel,
            Long vehicleId) {

        public Turn(
                TenantId tenant,
                long conversationId,
                String customerIdentity,
                String customerPhone,
                String customerName,
                String text,
                boolean testDriveIntent,
                String model,
                AiConfig config,
                Instant now,
                String bookingOffer,
                String interestModel) {
            this(
                    tenant,
                    conversationId,
                    customerIdentity,
                    customerPhone,
                    customerName,
                    text,
                    testDriveIntent,
                    model,
                    config,
                    now,
                    bookingOffer,
                    interestModel,
                    null);
        }
    }

    /** The booking's answer to the customer, what staff must know, and what it tells about the lead. */
    public record Outcome(String reply, String staffNotice, String leadStage, String preferredDate, String leadNote) {}

    record Offer(Long vehicleId, List<String> slots, Long replaces) {}

    record Settings(int slotMinutes, int capacity) {}

    /**
     * Most turns concern no booking: without an open offer, a test-drive intent or words that cancel or move
     * one, the answer is empty and no transaction is opened (measured: a tenth of the turn's CPU before).
     */
    public Optional<Outcome> handle(Turn t) {
        boolean cancelWords = CANCEL.matcher(t.text()).find();
        boolean rescheduleWords = RESCHEDULE.matcher(t.text()).find();
        if (t.bookingOffer() == null && !t.testDriveIntent() && !cancelWords && !rescheduleWords) {
            return Optional.empty();
        }
        return tx.execute(status -> decide(t, cancelWords, rescheduleWords));
    }

    private Optional<Outcome> decide(Turn t, boolean cancelWords, boolean rescheduleWords) {
        Offer offer = t.bookingOffer() == null ? null : json.readValue(t.bookingOffer(), Offer.class);
        ZoneId zone = t.config().zone();
        var when = DatePhrases.parse(t.text(), t.now().atZone(zone));
        // only a cancel or a new time can concern a booking already made: other turns skip the lookup
        var upcoming = cancelWords || rescheduleWords || (offer != null && when.isPresent())
                ? upcoming(t)
                : Optional.<Upcoming>empty();
        if (cancelWords && upcoming.isPresent() && !rescheduleWords) {
            cancel(upcoming.get().id());
            saveOffer(t.conversationId(), null);
            String slot = describe(upcoming.get().startsAt(), zone);
            return Optional.of(new Outcome(
                    "Baik kak, jadwal " + slot
                            + " sudah kami batalkan. Kabari kami kalau ingin atur jadwal lain ya. 🙏",
                    "❌ Jadwal dibatalkan pelanggan: " + who(t) + ", " + slot,
                    null,
                    null,
                    "batal jadwal " + slot));
        }
        if (offer != null
                && when.isPresent()
                && when.get().time() != null
                && !DECLINE.matcher(t.text()).matches()) {
            // "iya kak, jadi besok jam 10 ya": the customer confirms an offered slot by restating it
            Instant asked =
                    when.get().date().atTime(when.get().time()).atZone(zone).toInstant();
            for (String slot : offer.slots()) {
                if (java.time.OffsetDateTime.parse(slot).toInstant().equals(asked)) {
                    return Optional.of(book(t, offer, slot));
                }
            }
        }
        if (offer != null && when.isEmpty()) {
            Matcher choice = CHOICE.matcher(t.text());
            if (choice.matches()
                    && Integer.parseInt(choice.group(1)) <= offer.slots().size()) {
                return Optional.of(book(t, offer, offer.slots().get(Integer.parseInt(choice.group(1)) - 1)));
            }
            if (AFFIRM.matcher(t.text()).matches()) {
                return Optional.of(book(t, offer, offer.slots().getFirst()));
            }
            if (DECLINE.matcher(t.text()).matches()) {
                saveOffer(t.conversationId(), null);
                return Optional.of(new Outcome(
                        "Baik kak. Kalau ingin pilih waktu lain, sebutkan hari dan jamnya ya.",
                        null,
                        null,
                        null,
                        null));
            }
        }
        boolean rescheduling = upcoming.isPresent() && (rescheduleWords || (offer != null && when.isPresent()));
        if (!t.testDriveIntent() && !rescheduling && !(offer != null && when.isPresent())) {
            return Optional.empty();
        }
        Vehicle vehicle = vehicle(t).orElse(null);
        if (vehicle != null && !vehicle.isAvailable()) {
            return Optional.of(new Outcome(
                    "Mohon maaf kak, " + vehicle.title() + " sudah "
                            + ("sold".equals(vehicle.status()) ? "terjual" : "dibooking")
                            + ", jadi belum bisa dijadwalkan. Mau kami carikan unit serupa?",
                    null,
                    "qualified",
                    null,
                    null));
        }
        if (!t.config().enableTestDriveBooking()) {
            String wish = when.map(w -> describe(w, zone)).orElse(null);
            return Optional.of(new Outcome(
                    "Terima kasih kak, keinginan " + (vehicle == null ? "berkunjung" : "melihat " + vehicle.title())
                            + (wish == null ? "" : " pada " + wish)
                            + " sudah kami catat. Staff kami akan menghubungi untuk konfirmasi jadwal. 🙏",
                    "📅 Permintaan jadwal lihat unit: " + who(t) + (vehicle == null ? "" : ", " + vehicle.title())
                            + (wish == null ? "" : ", " + wish),
                    "test_drive",
                    wish,
                    "minta jadwal" + (wish == null ? "" : " " + wish)));
        }
        Settings settings = settings(t.config());
        BusinessHours hours = BusinessHours.of(t.config());
        List<ZonedDateTime> slots = new ArrayList<>();
        if (when.isPresent() && when.get().time() != null) {
            ZonedDateTime asked = when.get().date().atTime(when.get().time()).atZone(zone);
            if (free(t, hours, settings, asked, vehicle)) {
                slots.add(asked);
            }
        }
        String preface = "";
        if (slots.isEmpty()) {
            LocalDate from =
                    when.map(DatePhrases.When::date).orElse(t.now().atZone(zone).toLocalDate());
            slots = freeSlots(t, hours, settings, from, vehicle, 3);
            if (when.isPresent() && when.get().time() != null) {
                preface = "Maaf kak, jam " + when.get().time().format(HOUR) + " "
                        + describeDay(when.get().date()) + " tidak tersedia. ";
            }
        }
        if (slots.isEmpty()) {
            return Optional.of(new Outcome(
                    "Maaf kak, jadwal dalam dua minggu ke depan sudah penuh. Staff kami akan menghubungi untuk mencari waktu. 🙏",
                    "📅 Jadwal penuh, pelanggan " + who(t) + " ingin lihat unit",
                    "test_drive",
                    null,
                    null));
        }
        Long replaces = rescheduling ? upcoming.get().id() : null;
        saveOffer(
                t.conversationId(),
                new Offer(
                        vehicle == null ? null : vehicle.id(),
                        slots.stream()
                                .map(ZonedDateTime::toOffsetDateTime)
                                .map(Object::toString)
                                .toList(),
                        replaces));
        String what = vehicle == null ? "kunjungan ke showroom" : "lihat / test drive " + vehicle.title();
        if (slots.size() == 1) {
            return Optional.of(new Outcome(
                    preface + "Jadwal " + what + " pada " + describe(slots.getFirst()) + " tersedia. "
                            + "Balas *IYA* untuk konfirmasi ya kak.",
                    null,
                    null,
                    describe(slots.getFirst()),
                    null));
        }
        StringBuilder s = new StringBuilder(preface)
                .append("Pilihan jadwal ")
                .append(what)
                .append(":\n");
        for (int i = 0; i < slots.size(); i++) {
            s.append(i + 1).append(". ").append(describe(slots.get(i))).append('\n');
        }
        s.append("Balas dengan nomor pilihan, atau sebutkan hari dan jam lain ya kak.");
        return Optional.of(new Outcome(s.toString(), null, null, null, null));
    }

    private Outcome book(Turn t, Offer offer, String slotText) {
        ZoneId zone = t.config().zone();
        ZonedDateTime starts = java.time.OffsetDateTime.parse(slotText).atZoneSameInstant(zone);
        Settings settings = settings(t.config());
        Vehicle vehicle = offer.vehicleId() == null
                ? null
                : vehicles.find(t.tenant(), offer.vehicleId()).orElse(null);
        if (vehicle != null && !vehicle.isAvailable()) {
            saveOffer(t.conversationId(), null);
            return new Outcome(
                    "Mohon maaf kak, " + vehicle.title()
                            + " baru saja terjual / dibooking. Mau kami carikan unit serupa?",
                    null,
                    null,
                    null,
                    null);
        }
        if (offer.replaces() != null) {
            cancel(offer.replaces());
        }
        boolean booked = insert(t, vehicle, starts, settings);
        saveOffer(t.conversationId(), null);
        if (!booked) {
            return new Outcome(
                    "Maaf kak, jadwal " + describe(starts) + " baru saja terisi. Sebutkan hari atau jam lain ya.",
                    null,
                    null,
                    null,
                    null);
        }
        String what = vehicle == null ? "kunjungan ke showroom" : "lihat / test drive " + vehicle.title();
        return new Outcome(
                "Siap kak, jadwal " + what + " pada " + describe(starts) + " sudah kami catat. ✅\n"
                        + "Kami kirim pengingat sehari sebelumnya. Balas BATAL jika berhalangan.",
                "📅 Booking baru: " + who(t) + ", " + (vehicle == null ? "kunjungan" : vehicle.title()) + ", "
                        + describe(starts),
                "test_drive",
                describe(starts),
                null);
    }

    /** Claims the first free lane of the slot; false when the slot or the vehicle is already taken. */
    private boolean insert(Turn t, Vehicle vehicle, ZonedDateTime starts, Settings settings) {
        boolean exists = jdbc.sql(
                                "select count(*) from test_drive where conversation_id = ? and scheduled_at = ? and status = 'confirmed'")
                        .params(t.conversationId(), Timestamps.db(starts.toInstant()))
                        .query(Long.class)
                        .single()
                > 0;
        if (exists) {
            return true; // a redone turn: the booking was already stored
        }
        Instant reminder = TestDriveSlot.reminderDue(starts.toInstant(), t.now());
        return TestDriveSlot.claimFirstFreeLane(
                settings.capacity(),
                lane -> jdbc.sql("""
                    insert into test_drive (tenant_id, conversation_id, vehicle_id, customer_identity, customer_phone,
                                            customer_name, scheduled_at, ends_at, status, lane, vehicle_lock, reminder_due_at, lead_id)
                    values (?, ?, ?, ?, ?, ?, ?, ?, 'confirmed', ?, ?, ?,
                            (select id from sales_lead where tenant_id = ? and customer_identity = ?)) on conflict do nothing""")
                                .params(
                                        t.tenant().value(),
                                        t.conversationId(),
                                        vehicle == null ? null : vehicle.id(),
                                        t.customerIdentity(),
                                        t.customerPhone(),
                                        t.customerName(),
                                        Timestamps.db(starts.toInstant()),
                                        Timestamps.db(starts.plusMinutes(settings.slotMinutes())
                                                .toInstant()),
                                        lane,
                                        vehicle == null ? null : 1,
                                        Timestamps.db(reminder),
                                        t.tenant().value(),
                                        t.customerIdentity())
                                .update()
                        == 1);
    }

    private List<ZonedDateTime> freeSlots(
            Turn t, BusinessHours hours, Settings settings, LocalDate from, Vehicle vehicle, int wanted) {
        List<ZonedDateTime> found = new ArrayList<>();
        for (LocalDate day = from; found.size() < wanted && day.isBefore(from.plusDays(14)); day = day.plusDays(1)) {
            var window = hours.appointmentWindow(day);
            if (window.isEmpty()) {
                continue;
            }
            for (ZonedDateTime slot = window.get()[0];
                    !slot.plusMinutes(settings.slotMinutes()).isAfter(window.get()[1]) && found.size() < wanted;
                    slot = slot.plusMinutes(settings.slotMinutes())) {
                if (free(t, hours, settings, slot, vehicle)) {
                    found.add(slot);
                }
            }
        }
        return found;
    }

    private boolean free(Turn t, BusinessHours hours, Settings settings, ZonedDateTime slot, Vehicle vehicle) {
        if (slot.toInstant().isBefore(t.now().plus(Duration.ofHours(1)))) {
            return false;
        }
        var window = hours.appointmentWindow(slot.toLocalDate());
        if (window.isEmpty()
                || slot.isBefore(window.get()[0])
                || slot.plusMinutes(settings.slotMinutes()).isAfter(window.get()[1])) {
            return false;
        }
        var at = Timestamps.db(slot.toInstant());
        long taken = jdbc.sql(
                        "select count(*) from test_drive where tenant_id = ? and scheduled_at = ? and status = 'confirmed'")
                .params(t.tenant().value(), at)
                .query(Long.class)
                .single();
        if (taken >= settings.capacity()) {
            return false;
        }
        return vehicle == null
                || jdbc.sql(
                                        "select count(*) from test_drive where vehicle_id = ? and scheduled_at = ? and status = 'confirmed'")
                                .params(vehicle.id(), at)
                                .query(Long.class)
                                .single()
                        == 0;
    }

    private Optional<Vehicle> vehicle(Turn t) {
        if (t.vehicleId() != null) {
            return vehicles.find(t.tenant(), t.vehicleId()); // the car the assistant proposed, by id
        }
        String model = t.model();
        if (model == null) {
            model = t.interestModel();
        }
        if (model == null) {
            return Optional.empty();
        }
        return vehicles
                .search(
                        t.tenant(),
                        new VehicleQuery(null, List.of(model), null, null, null, null, null, null, false),
                        1)
                .stream()
                .findFirst();
    }

    record Upcoming(long id, Instant startsAt) {}

    private Optional<Upcoming> upcoming(Turn t) {
        return jdbc.sql("""
                select id, scheduled_at from test_drive where conversation_id = ? and status = 'confirmed' and scheduled_at > ?
                 order by scheduled_at limit 1""")
                .params(t.conversationId(), Timestamps.db(t.now()))
                .query((rs, n) -> new Upcoming(rs.getLong(1), Timestamps.read(rs, "scheduled_at")))
                .optional();
    }

    private void cancel(long id) {
        jdbc.sql(
                        "update test_drive set status = 'cancelled', lane = null, vehicle_lock = null, updated_at = current_timestamp where id = ?")
                .param(id)
                .update();
    }

    private void saveOffer(long conversationId, Offer offer) {
        conversations.saveBookingOffer(conversationId, offer == null ? null : json.writeValueAsString(offer));
    }

    private static Settings settings(AiConfig config) {
        return new Settings(config.slotMinutes(), config.capacity());
    }

    static String describe(ZonedDateTime slot) {
        return slot.format(DAY) + " jam " + slot.format(HOUR);
    }

    private static String describe(Instant at, ZoneId zone) {
        return describe(at.atZone(zone));
    }

    private static String describe(DatePhrases.When when, ZoneId zone) {
        return describeDay(when.date())
                + (when.time() == null ? "" : " jam " + when.time().format(HOUR));
    }

    private static String describeDay(LocalDate day) {
        return day.format(DAY);
    }

    private static String who(Turn t) {
        String name = DisplayName.clean(t.customerName(), 200);
        return (name == null ? "" : name + " ") + "(" + t.customerIdentity() + ")";
    }
}
