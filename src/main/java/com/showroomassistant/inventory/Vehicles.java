package com.showroomassistant.inventory;

import com.github.benmanes.caffeine.cache.Cache;
import com.showroomassistant.media.PhotoLinks;
import com.showroomassistant.shared.ConflictException;
import com.showroomassistant.shared.NotFoundException;
import com.showroomassistant.shared.Page;
import com.showroomassistant.shared.ReadCaches;
import com.showroomassistant.shared.TenantId;
import com.showroomassistant.shared.Timestamps;
import com.showroomassistant.vocabulary.Colours;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stock per tenant. Every query carries the tenant id. */
@Component
public class Vehicles {

    public static final int MAX_PHOTOS = 20;
    private static final String AVAILABLE = "available";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final RowMapper<Vehicle> row;
    /** The tenant's whole stock in search order, or empty when it is too large to keep in memory. */
    private final Cache<TenantId, Optional<Stock>> stock;

    private record Stock(List<Vehicle> vehicles, Offers offers) {}

    private final PhotoLinks photoLinks;
    private final ApplicationEventPublisher events;

    Vehicles(
            JdbcClient jdbc,
            JsonMapper json,
            ReadCaches caches,
            PhotoLinks photoLinks,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
        this.photoLinks = photoLinks;
        this.json = json;
        this.stock = caches.create("vehicle_stock", 1_000);
        this.row = (rs, n) -> new Vehicle(
                rs.getLong("id"),
                rs.getString("display_id"),
                rs.getString("make"),
                rs.getString("model"),
                rs.getString("variant"),
                (Integer) rs.getObject("model_year", Integer.class),
                (Long) rs.getObject("price", Long.class),
                (Integer) rs.getObject("mileage", Integer.class),
                rs.getString("transmission"),
                rs.getString("fuel_type"),
                rs.getString("color"),
                rs.getString("plate_number"),
                rs.getString("status"),
                rs.getString("description"),
                new VehicleFacts(
                        (Integer) rs.getObject("engine_cc", Integer.class),
                        rs.getString("body_type"),
                        (Integer) rs.getObject("seats", Integer.class),
                        rs.getObject("tax_due_date", java.time.LocalDate.class),
                        (Integer) rs.getObject("owner_count", Integer.class),
                        (Boolean) rs.getObject("bpkb_available", Boolean.class),
                        rs.getString("service_history"),
                        rs.getString("location")),
                json.readValue(rs.getString("photos"), new TypeReference<List<String>>() {}),
                Timestamps.read(rs, "created_at"),
                Timestamps.read(rs, "updated_at"));
    }

    /**
     * The draft with photos this service serves itself: a photo URL from a caller is fetched once and stored, or
     * refused (InvalidFieldException, a 400). Called before add or update, outside their transaction: it may wait
     * on another server.
     */
    public VehicleDraft withOwnPhotos(TenantId tenant, VehicleDraft draft) {
        return draft.withPhotos(photoLinks.keep(tenant, draft.photos()));
    }

    @Transactional
    public Vehicle add(TenantId tenant, VehicleDraft d) {
        jdbc.sql("update tenant set vehicle_seq = vehicle_seq + 1 where id = ?")
                .param(tenant.value())
                .update();
        long seq = jdbc.sql("select vehicle_seq from tenant where id = ?")
                .param(tenant.value())
                .query(Long.class)
                .single();
        String displayId = displayPrefix(d.model()) + "-" + String.format("%04d", seq);
        var key = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                    insert into vehicle (tenant_id, display_id, make, model, variant, model_year, price, mileage,
                                         transmission, fuel_type, color, plate_number, status, description, photos,
                                         engine_cc, body_type, seats, tax_due_date, owner_count, bpkb_available,
                                         service_history, location, minimum_price)
                    values (:tenant, :displayId, :make, :model, :variant, :year, :price, :mileage, :transmission,
                            :fuelType, :color, :plate, :status, :description, :photos, :engineCc, :bodyType, :seats,
                            :taxDueDate, :ownerCount, :bpkbAvailable, :serviceHistory, :location, :minimumPrice)""")
                    .paramSource(new DraftParams(d, json)
                            .addValue("tenant", tenant.value())
                            .addValue("displayId", displayId))
                    .update(key, "id");
        } catch (DuplicateKeyException e) {
            throw new ConflictException(
                    "a vehicle with plate " + VehicleDraft.normalisePlate(d.plateNumber()) + " exists");
        }
        ReadCaches.evict(() -> stock.invalidate(tenant));
        return announced(tenant, get(tenant, key.getKey().longValue()), false);
    }

    @Transactional
    public Vehicle update(TenantId tenant, long id, VehicleDraft d) {
        boolean wasAvailable = isAvailable(tenant, id);
        try {
            int changed = jdbc.sql("""
                    update vehicle set make = :make, model = :model, variant = :variant, model_year = :year, price = :price,
                           mileage = :mileage, transmission = :transmission, fuel_type = :fuelType, color = :color,
                           plate_number = :plate, status = :status, description = :description, photos = :photos,
                           engine_cc = :engineCc, body_type = :bodyType, seats = :seats, tax_due_date = :taxDueDate,
                           owner_count = :ownerCount, bpkb_available = :bpkbAvailable,
                           service_history = :serviceHistory, location = :location, minimum_price = :minimumPrice,
                           updated_at = current_timestamp
                     where tenant_id = :tenant and id = :id""")
                    .paramSource(new DraftParams(d, json)
                            .addValue("tenant", tenant.value())
                            .addValue("id", id))
                    .update();
            if (changed == 0) {
                throw new NotFoundException("vehicle " + id);
            }
        } catch (DuplicateKeyException e) {
            throw new ConflictException(
                    "a vehicle with plate " + VehicleDraft.normalisePlate(d.plateNumber()) + " exists");
        }
        ReadCaches.evict(() -> stock.invalidate(tenant));
        return announced(tenant, get(tenant, id), wasAvailable);
    }

    /** Appends photo URLs; the row lock keeps two concurrent uploads from losing one another's photos. */
    @Transactional
    public Vehicle addPhotos(TenantId tenant, long id, List<String> urls) {
        String stored = jdbc.sql("select photos from vehicle where tenant_id = ? and id = ? for update")
                .params(tenant.value(), id)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("vehicle " + id));
        List<String> photos = new ArrayList<>(json.readValue(stored, new TypeReference<List<String>>() {}));
        photos.addAll(urls);
        if (photos.size() > MAX_PHOTOS) {
            throw new ConflictException("a vehicle holds at most " + MAX_PHOTOS + " photos");
        }
        jdbc.sql("update vehicle set photos = ?, updated_at = current_timestamp where tenant_id = ? and id = ?")
                .params(json.writeValueAsString(photos), tenant.value(), id)
                .update();
        ReadCaches.evict(() -> stock.invalidate(tenant));
        return get(tenant, id);
    }

    @Transactional
    public boolean setStatus(TenantId tenant, long id, String status) {
        boolean wasAvailable = isAvailable(tenant, id);
        boolean changed =
                jdbc.sql("update vehicle set status = ?, updated_at = current_timestamp where tenant_id = ? and id = ?")
                                .params(status, tenant.value(), id)
                                .update()
                        > 0;
        ReadCaches.evict(() -> stock.invalidate(tenant));
        if (changed && AVAILABLE.equals(status) && !wasAvailable) {
            events.publishEvent(new VehicleAvailable(tenant, id));
        }
        return changed;
    }

    private Vehicle announced(TenantId tenant, Vehicle v, boolean wasAvailable) {
        if (v.isAvailable() && !wasAvailable) {
            events.publishEvent(new VehicleAvailable(tenant, v.id()));
        }
        return v;
    }

    /** Read under the row's lock, so two concurrent changes cannot both see the car come back. */
    private boolean isAvailable(TenantId tenant, long id) {
        return jdbc.sql("select status from vehicle where tenant_id = ? and id = ? for update")
                .params(tenant.value(), id)
                .query(String.class)
                .optional()
                .map(AVAILABLE::equals)
                .orElse(false);
    }

    public boolean delete(TenantId tenant, long id) {
        boolean deleted = jdbc.sql("delete from vehicle where tenant_id = ? and id = ?")
                        .params(tenant.value(), id)
                        .update()
                > 0;
        ReadCaches.evict(() -> stock.invalidate(tenant));
        return deleted;
    }

    public Vehicle get(TenantId tenant, long id) {
        return find(tenant, id).orElseThrow(() -> new NotFoundException("vehicle " + id));
    }

    public Optional<Vehicle> find(TenantId tenant, long id) {
        return jdbc.sql("select * from vehicle where tenant_id = ? and id = ?")
                .params(tenant.value(), id)
                .query(row)
                .optional();
    }

    /** A reference staff type: display id ("AV-0012") or plate ("B 1234 XYZ"). */
    public Optional<Vehicle> findByReference(TenantId tenant, String reference) {
        String ref = VehicleDraft.normalisePlate(reference);
        if (ref == null) {
            return Optional.empty();
        }
        return jdbc.sql("select * from vehicle where tenant_id = ? and (upper(display_id) = ? or plate_number = ?)")
                .params(tenant.value(), ref, ref)
                .query(row)
                .optional();
    }

    public Page<Vehicle> list(TenantId tenant, String status, String q, int page, int size) {
        List<String> where = new ArrayList<>(List.of("tenant_id = :tenant"));
        if (status != null && !status.isBlank()) {
            where.add("status = :status");
        }
        if (q != null && !q.isBlank()) {
            where.add("(lower(make) like :q or lower(model) like :q or lower(coalesce(variant, '')) like :q"
                    + " or lower(coalesce(plate_number, '')) like :q or lower(display_id) like :q)");
        }
        String condition = String.join(" and ", where);
        String like = q == null ? null : "%" + q.strip().toLowerCase(Locale.ROOT) + "%";
        long total = jdbc.sql("select count(*) from vehicle where " + condition)
                .param("tenant", tenant.value())
                .param("status", status)
                .param("q", like)
                .query(Long.class)
                .single();
        List<Vehicle> items = jdbc.sql(
                        "select * from vehicle where " + condition + " order by id desc limit :limit offset :offset")
                .param("tenant", tenant.value())
                .param("status", status)
                .param("q", like)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(row)
                .list();
        return new Page<>(items, page, size, total);
    }

    /**
     * Candidate vehicles for a customer's question (null criteria are ignored), available ones first, then by
     * price. Read on every answer: filtered in memory over the tenant's stock, cached briefly and evicted by every
     * change made here; a stock larger than {@link #IN_MEMORY_STOCK} is filtered in SQL instead.
     */
    public List<Vehicle> search(TenantId tenant, VehicleQuery query, int limit) {
        var all = stock(tenant);
        if (all.isEmpty()) {
            return searchInDatabase(tenant, query, limit);
        }
        return all.get().vehicles().stream().filter(query::matches).limit(limit).toList();
    }

    public long countAvailable(TenantId tenant) {
        return availableOffers(tenant).count();
    }

    /**
     * What a reply may mention: the listed prices and the models (lower case) of the tenant's available
     * vehicles, and how many there are. Built once per cached stock, not per answer.
     */
    public record Offers(Set<Long> prices, Set<String> models, int count) {

        /** @param available each available vehicle's model (lower case) and listed price */
        static Offers of(List<Listing> available) {
            Set<Long> prices = new HashSet<>();
            Set<String> models = new HashSet<>();
            for (Listing l : available) {
                if (l.price() != null) {
                    prices.add(l.price());
                }
                models.add(l.model());
            }
            return new Offers(
                    Collections.unmodifiableSet(prices), Collections.unmodifiableSet(models), available.size());
        }
    }

    private record Listing(String model, Long price) {

        static Listing of(Vehicle v) {
            return new Listing(v.model() == null ? null : v.model().toLowerCase(Locale.ROOT), v.price());
        }
    }

    /** Read on every answer (the reply guard, the prompt's stock count); a car marked sold here is never offered again. */
    public Offers availableOffers(TenantId tenant) {
        var all = stock(tenant);
        if (all.isPresent()) {
            return all.get().offers();
        }
        return Offers.of(jdbc.sql(
                        "select lower(model), price from vehicle where tenant_id = ? and status = 'available'")
                .param(tenant.value())
                .query((rs, n) -> new Listing(rs.getString(1), (Long) rs.getObject(2, Long.class)))
                .list());
    }

    /**
     * Every vehicle of the tenant in every status, for checking what a reply says about booked and sold cars;
     * served from the cached stock, read from the database only for a stock too large to cache.
     */
    public List<Vehicle> all(TenantId tenant) {
        return stock(tenant)
                .map(Stock::vehicles)
                .orElseGet(() -> jdbc.sql("select * from vehicle where tenant_id = ?" + SEARCH_ORDER)
                        .param(tenant.value())
                        .query(row)
                        .list());
    }

    static final int IN_MEMORY_STOCK = 1_000;
    private static final String SEARCH_ORDER = " order by case when status = 'available' then 0 else 1 end, price, id";

    private Optional<Stock> stock(TenantId tenant) {
        return stock.get(tenant, t -> {
            List<Vehicle> all = jdbc.sql("select * from vehicle where tenant_id = ?" + SEARCH_ORDER + " limit ?")
                    .params(t.value(), IN_MEMORY_STOCK + 1)
                    .query(row)
                    .list();
            if (all.size() > IN_MEMORY_STOCK) {
                return Optional.empty();
            }
            return Optional.of(new Stock(
                    List.copyOf(all),
                    Offers.of(all.stream()
                            .filter(Vehicle::isAvailable)
                            .map(Listing::of)
                            .toList())));
        });
    }

    private List<Vehicle> searchInDatabase(TenantId tenant, VehicleQuery query, int limit) {
        List<String> where = new ArrayList<>(List.of("tenant_id = :tenant"));
        if (query.availableOnly()) {
            where.add("status = 'available'");
        }
        if (query.make() != null) {
            where.add("lower(make) = :make");
        }
        if (!query.models().isEmpty()) {
            where.add("lower(model) in (:models)");
        }
        if (query.yearMin() != null) {
            where.add("model_year >= :yearMin");
        }
        if (query.yearMax() != null) {
            where.add("model_year <= :yearMax");
        }
        if (query.priceMin() != null) {
            where.add("price >= :priceMin");
        }
        if (query.priceMax() != null) {
            where.add("price <= :priceMax");
        }
        if (query.transmission() != null) {
            where.add("transmission = :transmission");
        }
        List<String> colourWords = query.color() == null ? List.of() : Colours.wordsFor(query.color());
        if (!colourWords.isEmpty()) {
            // the same colour to a buyer: "navy" finds "biru", "hitam" finds "hitam metalik"
            List<String> alternatives = new ArrayList<>();
            for (int i = 0; i < colourWords.size(); i++) {
                alternatives.add("lower(color) = :colour" + i + " or lower(color) like :colourShade" + i);
            }
            where.add("(" + String.join(" or ", alternatives) + ")");
        }
        var spec = jdbc.sql(
                        "select * from vehicle where " + String.join(" and ", where) + SEARCH_ORDER + " limit :limit")
                .param("tenant", tenant.value())
                .param("limit", limit);
        if (query.make() != null) spec = spec.param("make", query.make().toLowerCase(Locale.ROOT));
        if (!query.models().isEmpty())
            spec = spec.param(
                    "models",
                    query.models().stream().map(m -> m.toLowerCase(Locale.ROOT)).toList());
        if (query.yearMin() != null) spec = spec.param("yearMin", query.yearMin());
        if (query.yearMax() != null) spec = spec.param("yearMax", query.yearMax());
        if (query.priceMin() != null) spec = spec.param("priceMin", query.priceMin());
        if (query.priceMax() != null) spec = spec.param("priceMax", query.priceMax());
        if (query.transmission() != null) spec = spec.param("transmission", query.transmission());
        for (int i = 0; i < colourWords.size(); i++) {
            spec = spec.param("colour" + i, colourWords.get(i)).param("colourShade" + i, colourWords.get(i) + " %");
        }
        return spec.query(row).list();
    }

    private static String displayPrefix(String model) {
        String letters = model == null ? "" : model.replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
        return letters.length() >= 2 ? letters.substring(0, 2) : (letters + "XX").substring(0, 2);
    }
}
