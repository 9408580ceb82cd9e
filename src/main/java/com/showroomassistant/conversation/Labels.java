package com.showroomassistant.conversation;

import com.showroomassistant.shared.ConflictException;
import com.showroomassistant.shared.NotFoundException;
import com.showroomassistant.shared.RequiredText;
import com.showroomassistant.shared.TenantId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * A showroom's labels and which conversations carry them. A name is unique per showroom whatever its case, which the
 * database enforces (name_key); deleting a label takes it off every conversation (on delete cascade).
 */
@Component
public class Labels {

    public static final int MAX_NAME = 40;

    private static final RowMapper<Label> LABEL = (rs, n) -> new Label(rs.getLong("id"), rs.getString("name"));

    private final JdbcClient jdbc;

    Labels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Label> list(TenantId tenant) {
        return jdbc.sql("select id, name from label where tenant_id = ? order by name_key")
                .param(tenant.value())
                .query(LABEL)
                .list();
    }

    public Label create(TenantId tenant, String name) {
        String checked = RequiredText.of("name", name, MAX_NAME);
        var key = new GeneratedKeyHolder();
        int added;
        try {
            // a taken name inserts nothing rather than failing: a caller's PostgreSQL transaction stays usable
            added = jdbc.sql(
                            "insert into label (tenant_id, name, name_key) values (?, ?, lower(?)) on conflict do nothing")
                    .params(tenant.value(), checked, checked)
                    .update(key, "id");
        } catch (DuplicateKeyException raced) {
            added = 0; // H2 may still report a concurrent insert
        }
        if (added == 0) {
            throw new ConflictException("label " + checked + " already exists");
        }
        return new Label(key.getKey().longValue(), checked);
    }

    /** The label of that name (any case), created when the showroom has none yet. */
    public Label named(TenantId tenant, String name) {
        String checked = RequiredText.of("name", name, MAX_NAME);
        return find(tenant, checked).orElseGet(() -> {
            try {
                return create(tenant, checked);
            } catch (ConflictException e) {
                return find(tenant, checked).orElseThrow(); // created meanwhile by someone else
            }
        });
    }

    private Optional<Label> find(TenantId tenant, String name) {
        return jdbc.sql("select id, name from label where tenant_id = ? and name_key = lower(?)")
                .params(tenant.value(), name)
                .query(LABEL)
                .optional();
    }

    /** Deletes the label and takes it off every conversation. */
    public void delete(TenantId tenant, long id) {
        if (jdbc.sql("delete from label where tenant_id = ? and id = ?")
                        .params(tenant.value(), id)
                        .update()
                == 0) {
            throw new NotFoundException("label " + id);
        }
    }

    /** The labels on one conversation, by name. */
    public List<Label> on(TenantId tenant, long conversationId) {
        requireConversation(tenant, conversationId);
        return on(tenant, List.of(conversationId)).getOrDefault(conversationId, List.of());
    }

    /** The labels on each of these conversations, by name; conversations without any are left out. */
    public Map<Long, List<Label>> on(TenantId tenant, Collection<Long> conversationIds) {
        if (conversationIds.isEmpty()) {
            return Map.of();
        }
        record Row(long conversation, Label label) {}
        Map<Long, List<Label>> out = new LinkedHashMap<>();
        jdbc.sql("""
                select cl.conversation_id, l.id, l.name from conversation_label cl join label l on l.id = cl.label_id
                 where cl.tenant_id = :tenant and cl.conversation_id in (:ids) order by l.name_key""")
                .param("tenant", tenant.value())
                .param("ids", conversationIds)
                .query((rs, n) -> new Row(rs.getLong(1), new Label(rs.getLong(2), rs.getString(3))))
                .list()
                .forEach(r -> out.computeIfAbsent(r.conversation(), k -> new ArrayList<>())
                        .add(r.label()));
        return out;
    }

    /** Puts the label on the conversation; both must be the tenant's. Putting it on twice changes nothing. */
    public void attach(TenantId tenant, long conversationId, long labelId) {
        int added;
        try {
            // put on twice, or at the same moment by someone else: nothing inserted, and the outcome is the same
            added = jdbc.sql("""
                    insert into conversation_label (conversation_id, label_id, tenant_id)
                    select c.id, l.id, c.tenant_id from conversation c join label l on l.tenant_id = c.tenant_id
                     where c.tenant_id = ? and c.id = ? and l.id = ?
                    on conflict do nothing""")
                    .params(tenant.value(), conversationId, labelId)
                    .update();
        } catch (DuplicateKeyException raced) {
            return; // H2 may still report a concurrent insert
        }
        if (added == 0) {
            requireBoth(tenant, conversationId, labelId);
        }
    }

    /** Puts the label of that name on the conversation, defining the label first when the showroom has none. */
    public Label attach(TenantId tenant, long conversationId, String name) {
        requireConversation(tenant, conversationId);
        Label label = named(tenant, name);
        attach(tenant, conversationId, label.id());
        return label;
    }

    public void detach(TenantId tenant, long conversationId, long labelId) {
        requireBoth(tenant, conversationId, labelId);
        jdbc.sql("delete from conversation_label where tenant_id = ? and conversation_id = ? and label_id = ?")
                .params(tenant.value(), conversationId, labelId)
                .update();
    }

    private void requireBoth(TenantId tenant, long conversationId, long labelId) {
        requireConversation(tenant, conversationId);
        if (count("select count(*) from label where tenant_id = ? and id = ?", tenant, labelId) == 0) {
            throw new NotFoundException("label " + labelId);
        }
    }

    private void requireConversation(TenantId tenant, long conversationId) {
        if (count("select count(*) from conversation where tenant_id = ? and id = ?", tenant, conversationId) == 0) {
            throw new NotFoundException("conversation " + conversationId);
        }
    }

    private long count(String sql, TenantId tenant, long id) {
        return jdbc.sql(sql).params(tenant.value(), id).query(Long.class).single();
    }
}
