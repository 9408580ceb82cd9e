package com.showroomassistant.staff;

import com.github.benmanes.caffeine.cache.Cache;
import com.showroomassistant.conversation.Assignment;
import com.showroomassistant.conversation.Conversations;
import com.showroomassistant.shared.ConflictException;
import com.showroomassistant.shared.NotFoundException;
import com.showroomassistant.shared.PhoneNumber;
import com.showroomassistant.shared.ReadCaches;
import com.showroomassistant.shared.TenantId;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A tenant's registered staff phones; only these are ever treated as staff. */
@Component
public class StaffPhones {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final RowMapper<StaffMember> row;
    private final Cache<TenantId, List<StaffMember>> activeCache;

    private final Conversations conversations;
    private final Assignment assignment;

    StaffPhones(
            JdbcClient jdbc, JsonMapper json, ReadCaches caches, Conversations conversations, Assignment assignment) {
        this.conversations = conversations;
        this.assignment = assignment;
        this.jdbc = jdbc;
        this.json = json;
        this.activeCache = caches.create("staff_phones");
        this.row = (rs, n) -> new StaffMember(
                rs.getLong("id"),
                rs.getString("phone_number"),
                rs.getString("name"),
                rs.getBoolean("is_active"),
                json.readValue(rs.getString("permissions"), new TypeReference<List<String>>() {}),
                rs.getBoolean("is_away"),
                rs.getString("label"));
    }

    /** A staff phone's columns and its label, named as everywhere else. */
    private static final String SELECT =
            "select s.*, " + Assignment.STAFF_LABEL.formatted("s") + " as label from staff_phone s";

    public List<StaffMember> list(TenantId tenant) {
        return jdbc.sql(SELECT + " where tenant_id = ? order by id")
                .param(tenant.value())
                .query(row)
                .list();
    }

    /**
     * Read on every turn (is the sender staff, whom to notify): cached briefly. A change made here applies at
     * once; one made on another instance within the cache's time to live.
     */
    public List<StaffMember> active(TenantId tenant) {
        return activeCache.get(
                tenant,
                t -> jdbc.sql(SELECT + " where tenant_id = ? and is_active order by id")
                        .param(t.value())
                        .query(row)
                        .list());
    }

    public Optional<StaffMember> activeByPhone(TenantId tenant, PhoneNumber phone) {
        return active(tenant).stream()
                .filter(m -> m.phoneNumber().equals(phone.value()))
                .findFirst();
    }

    public StaffMember get(TenantId tenant, long id) {
        return jdbc.sql(SELECT + " where tenant_id = ? and id = ?")
                .params(tenant.value(), id)
                .query(row)
                .optional()
                .orElseThrow(() -> new NotFoundException("staff " + id));
    }

    public StaffMember add(TenantId tenant, PhoneNumber phone, String name, boolean active, List<String> permissions) {
        var key = new GeneratedKeyHolder();
        try {
            jdbc.sql(
                            "insert into staff_phone (tenant_id, phone_number, name, is_active, permissions) values (?, ?, ?, ?, ?)")
                    .params(tenant.value(), phone.value(), name, active, json.writeValueAsString(permissions))
                    .update(key, "id");
        } catch (DuplicateKeyException e) {
            throw new ConflictException("staff phone " + phone + " is already registered");
        }
        markConversations(tenant);
        return get(tenant, key.getKey().longValue());
    }

    public StaffMember update(
            TenantId tenant, long id, PhoneNumber phone, String name, boolean active, List<String> permissions) {
        try {
            int changed = jdbc.sql("update staff_phone set phone_number = ?, name = ?, is_active = ?, permissions = ?"
                            + " where tenant_id = ? and id = ?")
                    .params(phone.value(), name, active, json.writeValueAsString(permissions), tenant.value(), id)
                    .update();
            if (changed == 0) {
                throw new NotFoundException("staff " + id);
            }
        } catch (DuplicateKeyException e) {
            throw new ConflictException("staff phone " + phone + " is already registered");
        }
        if (!active) {
            assignment.releaseOpen(tenant, id); // their open conversations go to whoever is on duty
        }
        markConversations(tenant);
        return get(tenant, id);
    }

    /** Marks the staff member away (no new conversations by round-robin) or back. */
    public StaffMember setAway(TenantId tenant, long id, boolean away) {
        if (jdbc.sql("update staff_phone set is_away = ? where tenant_id = ? and id = ?")
                        .params(away, tenant.value(), id)
                        .update()
                == 0) {
            throw new NotFoundException("staff " + id);
        }
        ReadCaches.evict(() -> activeCache.invalidate(tenant));
        return get(tenant, id);
    }

    public void delete(TenantId tenant, long id) {
        if (jdbc.sql("delete from staff_phone where tenant_id = ? and id = ?")
                        .params(tenant.value(), id)
                        .update()
                == 0) {
            throw new NotFoundException("staff " + id);
        }
        markConversations(tenant);
    }

    /** Keeps the conversations' isStaff flag in step with the staff list. */
    private void markConversations(TenantId tenant) {
        ReadCaches.evict(() -> activeCache.invalidate(tenant));
        conversations.markStaffConversations(tenant);
    }
}
