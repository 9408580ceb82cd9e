package com.showroomassistant.staff;

import com.showroomassistant.shared.ConflictException;
import com.showroomassistant.shared.InvalidFieldException;
import com.showroomassistant.shared.NotFoundException;
import com.showroomassistant.shared.RequiredText;
import com.showroomassistant.shared.TenantId;
import com.showroomassistant.shared.Timestamps;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * A showroom's saved replies. A name is one word (letters, digits, - and _), so staff can type it after # in a
 * WhatsApp command, and unique per showroom whatever its case, which the database enforces (name_key).
 */
@Component
public class SavedReplies {

    public static final int MAX_NAME = 40;
    /** As long as a human reply may be. */
    public static final int MAX_TEXT = 4000;

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}_-]+");
    private static final RowMapper<SavedReply> ROW = (rs, n) -> new SavedReply(
            rs.getLong("id"), rs.getString("name"), rs.getString("body"), Timestamps.read(rs, "updated_at"));

    private final JdbcClient jdbc;
    private final Clock clock;

    SavedReplies(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** By name. */
    public List<SavedReply> list(TenantId tenant) {
        return jdbc.sql("select * from saved_reply where tenant_id = ? order by name_key")
                .param(tenant.value())
                .query(ROW)
                .list();
    }

    public SavedReply get(TenantId tenant, long id) {
        return jdbc.sql("select * from saved_reply where tenant_id = ? and id = ?")
                .params(tenant.value(), id)
                .query(ROW)
                .optional()
                .orElseThrow(() -> new NotFoundException("saved reply " + id));
    }

    /** The saved reply of that name, in any case ("Alamat" finds "alamat"). */
    public Optional<SavedReply> named(TenantId tenant, String name) {
        return jdbc.sql("select * from saved_reply where tenant_id = ? and name_key = lower(?)")
                .params(tenant.value(), name.strip())
                .query(ROW)
                .optional();
    }

    public SavedReply create(TenantId tenant, String name, String text) {
        String checkedName = name(name);
        String body = RequiredText.of("text", text, MAX_TEXT);
        var key = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                    insert into saved_reply (tenant_id, name, name_key, body, created_at, updated_at)
                    values (?, ?, lower(?), ?, ?, ?)""")
                    .params(tenant.value(), checkedName, checkedName, body, now(), now())
                    .update(key, "id");
        } catch (DuplicateKeyException e) {
            throw duplicate(checkedName);
        }
        return get(tenant, key.getKey().longValue());
    }

    public SavedReply update(TenantId tenant, long id, String name, String text) {
        String checkedName = name(name);
        String body = RequiredText.of("text", text, MAX_TEXT);
        try {
            int changed = jdbc.sql("""
                    update saved_reply set name = ?, name_key = lower(?), body = ?, updated_at = ?
                     where tenant_id = ? and id = ?""")
                    .params(checkedName, checkedName, body, now(), tenant.value(), id)
                    .update();
            if (changed == 0) {
                throw new NotFoundException("saved reply " + id);
            }
        } catch (DuplicateKeyException e) {
            throw duplicate(checkedName);
        }
        return get(tenant, id);
    }

    public void delete(TenantId tenant, long id) {
        if (jdbc.sql("delete from saved_reply where tenant_id = ? and id = ?")
                        .params(tenant.value(), id)
                        .update()
                == 0) {
            throw new NotFoundException("saved reply " + id);
        }
    }

    private static String name(String name) {
        String checked = RequiredText.of("name", name, MAX_NAME);
        if (!NAME.matcher(checked).matches()) {
            throw new InvalidFieldException(
                    "name", "must be one word of letters, digits, - or _ (such as alamat or syarat-kredit)");
        }
        return checked;
    }

    private static ConflictException duplicate(String name) {
        return new ConflictException("a saved reply named " + name + " already exists");
    }

    private OffsetDateTime now() {
        return Timestamps.db(clock.instant());
    }
}
