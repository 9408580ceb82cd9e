package com.showroomassistant.sales;

import com.showroomassistant.shared.DisplayName;
import com.showroomassistant.shared.TenantId;
import com.showroomassistant.shared.Timestamps;
import com.showroomassistant.vocabulary.CarFacts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Trade-in (tukar tambah, CONTRACT 9.4), with or without the LLM: a customer who offers their car is asked for make,
 * model, year, mileage and photos over the conversation; each answer is stored on the customer's trade-in. Once
 * complete, staff get one summary with the photos, and only they ever put a value on the car. A message with nothing
 * for the trade-in (another question meanwhile) is left to the rest of the turn.
 */
@Component
public class TradeIns {

    static final Pattern ASKED = Pattern.compile("(?i)(?<![\\p{L}])(?:tukar[- ]?tambah|tuker[- ]?tambah|tukartambah|"
            + "trade[- ]?in|tt(?=\\s+(?:mobil|unit|sama|dengan))|mobil (?:lama )?(?:saya|sy|aku) (?:mau )?(?:dituker|ditukar|"
            + "dijual|dilepas))(?![\\p{L}])");
    private static final int MAX_PHOTOS = 10;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    TradeIns(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The customer's own car as some text names it; fields unknown are null. */
    public record Car(String make, String model, Integer year) {}

    /**
     * @param cars reads make, model and year from a text (the classifier's entities); photos were kept from it
     * @param recent the conversation's latest messages, already loaded with the turn
     */
    public record Turn(
            TenantId tenant,
            String customerIdentity,
            String text,
            java.util.function.Function<String, Car> cars,
            List<String> photos,
            Instant now,
            List<String> recent) {}

    /** "fortuner bisa tukar tambah? mobil saya avanza 2015": the customer's car is what follows their own words. */
    private static final Pattern OWN_CAR = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:mobil|unit|kendaraan)\\s+(?:lama\\s+)?"
                    + "(?:saya|sy|aku|ku|gue|gw)|punya\\s+(?:saya|sy|aku)|(?:tukar|tuker)[- ]?tambah\\s+(?:pakai|pake|dengan|sama)");

    /** @param staffSummary set once the trade-in is complete: what staff are told, with {@code photos} */
    public record Outcome(String reply, String staffSummary, List<String> photos) {

        public boolean complete() {
            return staffSummary != null;
        }
    }

    private record Stored(TradeIn tradeIn, boolean complete) {}

    public Optional<Outcome> handle(Turn t) {
        String text = t.text() == null ? "" : t.text();
        boolean asked = ASKED.matcher(text).find();
        Integer km = CarFacts.mileage(text).stream()
                .map(CarFacts.Mention::value)
                .findFirst()
                .orElse(null);
        // the store is read only when this turn can be about a trade-in: most turns cost no query
        boolean discussed = t.recent().stream().anyMatch(m -> ASKED.matcher(m).find());
        if (!asked && !discussed && km == null && t.photos().isEmpty()) {
            return Optional.empty();
        }
        Optional<Stored> stored = load(t.tenant(), t.customerIdentity());
        java.util.regex.Matcher own = OWN_CAR.matcher(text);
        Car car = asked || stored.isPresent()
                ? t.cars().apply(own.find() ? text.substring(own.end()) : text)
                : new Car(null, null, null);
        boolean data = car.make() != null
                || car.model() != null
                || car.year() != null
                || km != null
                || !t.photos().isEmpty();
        if (!asked && (stored.isEmpty() || stored.get().complete() || !data)) {
            return Optional.empty();
        }
        TradeIn before = stored.filter(s -> !s.complete())
                .map(Stored::tradeIn) // a second trade-in starts afresh
                .orElse(new TradeIn(null, null, null, null, List.of(), null));
        LinkedHashSet<String> photos = new LinkedHashSet<>(before.photos());
        photos.addAll(t.photos());
        String notes = before.notes() == null
                ? text.strip()
                : before.notes().contains(text.strip()) ? before.notes() : before.notes() + "\n" + text.strip();
        TradeIn now = new TradeIn(
                first(before.make(), car.make()),
                first(before.model(), car.model()),
                first(before.year(), car.year()),
                first(before.mileage(), km),
                photos.stream().limit(MAX_PHOTOS).toList(),
                notes.length() > 2000 ? notes.substring(0, 2000) : notes);
        List<String> missing = now.missing();
        save(t, now, missing.isEmpty(), stored.isPresent());
        if (!missing.isEmpty()) {
            // every question names the trade-in, so the next turn finds it in the conversation's latest messages
            String opening = stored.isPresent() && !stored.get().complete()
                    ? "Siap kak, data tukar tambah sudah kami catat. 🙏"
                    : "Bisa kak, kami terima tukar tambah. 🙏";
            return Optional.of(new Outcome(
                    opening + " Boleh dilengkapi data mobil Kakak: " + String.join(", ", missing) + "?",
                    null,
                    List.of()));
        }
        return Optional.of(new Outcome(
                "Terima kasih kak, data mobil Kakak sudah lengkap: " + now.summary()
                        + ". Tim kami akan menaksir nilainya dan segera menghubungi Kakak. 🙏",
                "🚗 Tukar tambah: " + now.summary() + "\nCatatan pelanggan: " + abbreviate(now.notes()),
                now.photos()));
    }

    /** The customer's trade-in as stored, for their lead. */
    Optional<TradeIn> of(TenantId tenant, String customerIdentity) {
        return load(tenant, customerIdentity).map(Stored::tradeIn);
    }

    private Optional<Stored> load(TenantId tenant, String identity) {
        return jdbc.sql("""
                select make, model, model_year, mileage, photos, notes, state from trade_in
                 where tenant_id = ? and customer_identity = ?""")
                .params(tenant.value(), identity)
                .query((rs, n) -> new Stored(
                        new TradeIn(
                                rs.getString(1),
                                rs.getString(2),
                                (Integer) rs.getObject(3, Integer.class),
                                (Integer) rs.getObject(4, Integer.class),
                                photos(rs.getString(5)),
                                rs.getString(6)),
                        "complete".equals(rs.getString(7))))
                .optional();
    }

    private void save(Turn t, TradeIn c, boolean complete, boolean exists) {
        Object[] values = {
            c.make(),
            c.model(),
            c.year(),
            c.mileage(),
            json.writeValueAsString(c.photos()),
            c.notes(),
            complete ? "complete" : "collecting",
            Timestamps.db(t.now())
        };
        int updated = exists
                ? jdbc.sql("""
                update trade_in set make = ?, model = ?, model_year = ?, mileage = ?, photos = ?, notes = ?, state = ?,
                       updated_at = ? where tenant_id = ? and customer_identity = ?""")
                        .params(concat(values, t.tenant().value(), t.customerIdentity()))
                        .update()
                : 0;
        if (updated == 0) {
            jdbc.sql("""
                    insert into trade_in (make, model, model_year, mileage, photos, notes, state, updated_at, tenant_id,
                                          customer_identity)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(concat(values, t.tenant().value(), t.customerIdentity()))
                    .update();
        }
    }

    private List<String> photos(String stored) {
        return stored == null ? List.of() : json.readValue(stored, new TypeReference<List<String>>() {});
    }

    private static Object[] concat(Object[] values, Object... more) {
        List<Object> all = new ArrayList<>(java.util.Arrays.asList(values)); // values may be null
        all.addAll(java.util.Arrays.asList(more));
        return all.toArray();
    }

    private static <T> T first(T kept, T given) {
        return kept != null ? kept : given;
    }

    private static String abbreviate(String text) {
        return text == null ? "" : DisplayName.excerpt(text, 300);
    }
}
