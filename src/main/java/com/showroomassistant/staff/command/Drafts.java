package com.showroomassistant.staff.command;

import com.showroomassistant.inventory.VehicleFacts;
import com.showroomassistant.shared.TenantId;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Upload drafts, one per staff conversation. Photos are rows of their own, keyed by the message that carried
 * them: concurrent album webhooks each add a row, and a redelivered photo is absorbed by the unique key.
 */
@Component
class Drafts {

    record Photo(long id, String url) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Drafts(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<VehicleFields> find(TenantId tenant, long conversationId) {
        return jdbc.sql("select * from vehicle_draft where tenant_id = ? and conversation_id = ?")
                .params(tenant.value(), conversationId)
                .query((rs, n) -> new VehicleFields(
                        rs.getString("make"),
                        rs.getString("model"),
                        rs.getString("variant"),
                        rs.getObject("model_year", Integer.class),
                        rs.getObject("price", Long.class),
                        rs.getObject("mileage", Integer.class),
                        rs.getString("transmission"),
                        rs.getString("fuel_type"),
                        rs.getString("color"),
                        rs.getString("plate_number"),
                        rs.getString("facts") == null
                                ? VehicleFacts.NONE
                                : json.readValue(rs.getString("facts"), VehicleFacts.class),
                        rs.getObject("minimum_price", Long.class)))
                .optional();
    }

    void save(TenantId tenant, long conversationId, VehicleFields f) {
        if (update(tenant, conversationId, f) == 0) {
            try {
                jdbc.sql("insert into vehicle_draft (tenant_id, conversation_id) values (?, ?) on conflict do nothing")
                        .params(tenant.value(), conversationId)
                        .update();
            } catch (DuplicateKeyException raced) {
                // H2 reports a concurrent insert of the same key instead of waiting; the row exists either way
            }
            update(tenant, conversationId, f);
        }
    }

    private int update(TenantId tenant, long conversationId, VehicleFields f) {
        return jdbc.sql("""
                update vehicle_draft set make = ?, model = ?, variant = ?, model_year = ?, price = ?, mileage = ?,
                       transmission = ?, fuel_type = ?, color = ?, plate_number = ?, facts = ?, minimum_price = ?,
                       updated_at = current_timestamp
                 where tenant_id = ? and conversation_id = ?""")
                .params(
                        f.make(),
                        f.model(),
                        f.variant(),
                        f.year(),
                        f.price(),
                        f.mileage(),
                        f.transmission(),
                        f.fuelType(),
                        f.color(),
                        f.plate(),
                        f.facts().isEmpty() ? null : json.writeValueAsString(f.facts()),
                        f.minimumPrice(),
                        tenant.value(),
                        conversationId)
                .update();
    }

    boolean delete(TenantId tenant, long conversationId) {
        return jdbc.sql("delete from vehicle_draft where tenant_id = ? and conversation_id = ?")
                        .params(tenant.value(), conversationId)
                        .update()
                > 0;
    }

    /** False when this message's photo is already in the draft. */
    boolean addPhoto(TenantId tenant, long conversationId, long messageId, String url) {
        try {
            return jdbc.sql("""
                    insert into vehicle_draft_photo (tenant_id, conversation_id, message_id, url) values (?, ?, ?, ?)
                    on conflict do nothing""")
                            .params(tenant.value(), conversationId, messageId, url)
                            .update()
                    > 0;
        } catch (DuplicateKeyException raced) {
            return false;
        }
    }

    List<Photo> photos(TenantId tenant, long conversationId) {
        return jdbc.sql(
                        "select id, url from vehicle_draft_photo where tenant_id = ? and conversation_id = ? order by id")
                .params(tenant.value(), conversationId)
                .query((rs, n) -> new Photo(rs.getLong(1), rs.getString(2)))
                .list();
    }

    int photoCount(TenantId tenant, long conversationId) {
        return jdbc.sql("select count(*) from vehicle_draft_photo where tenant_id = ? and conversation_id = ?")
                .params(tenant.value(), conversationId)
                .query(Integer.class)
                .single();
    }

    /** Removes the photos read for a save (those that arrived since stay for the next draft). */
    int deletePhotos(TenantId tenant, long conversationId, long upToId) {
        return jdbc.sql("delete from vehicle_draft_photo where tenant_id = ? and conversation_id = ? and id <= ?")
                .params(tenant.value(), conversationId, upToId)
                .update();
    }
}
