package com.showroomassistant.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.showroomassistant.shared.TenantId;
import com.showroomassistant.support.FormSession;
import com.showroomassistant.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Linking a staff member to a dashboard login, and the inbox's wait filter, as the owner uses them. */
class StaffLoginLinkIT extends IntegrationTest {

    static final String PASSWORD = "rahasia-uji-123";
    static final String STAFF = "6281277700501";

    @Autowired
    DashboardUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aLoginOfAnotherShowroomIsA404AndNothingIsLinked() {
        Showroom s = showroomWithStaff(STAFF, c -> {});
        String ownerEmail = "pemilik+" + s.tenantId() + "@showroom.test";
        users.create(new TenantId(s.tenantId()), ownerEmail, PASSWORD, DashboardUser.OWNER);
        DashboardUser sales = users.create(
                new TenantId(s.tenantId()), "sales+" + s.tenantId() + "@showroom.test", PASSWORD, DashboardUser.STAFF);
        Showroom other = newShowroom();
        DashboardUser stranger = users.create(
                new TenantId(other.tenantId()),
                "orang+" + other.tenantId() + "@showroom.test",
                PASSWORD,
                DashboardUser.STAFF);
        long staffId = jdbc.sql("select id from staff_phone where tenant_id = ?")
                .param(s.tenantId())
                .query(Long.class)
                .single();
        var owner = new FormSession(port);
        owner.login(ownerEmail, PASSWORD);

        var refused = owner.submit("/app/staff", "/app/staff/" + staffId + "/login", "login=" + stranger.id());
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(linked(stranger)).isNull();

        var unknown = owner.submit("/app/staff", "/app/staff/" + staffId + "/login", "login=999999999");
        assertThat(unknown.statusCode()).isEqualTo(404);

        var done = owner.submit("/app/staff", "/app/staff/" + staffId + "/login", "login=" + sales.id());
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(linked(sales)).isEqualTo(staffId);
    }

    @Test
    void aWaitPastTheLongestIsTheLongestNotAnError() {
        Showroom s = newShowroom();
        String ownerEmail = "pemilik+" + s.tenantId() + "@showroom.test";
        users.create(new TenantId(s.tenantId()), ownerEmail, PASSWORD, DashboardUser.OWNER);
        var owner = new FormSession(port);
        owner.login(ownerEmail, PASSWORD);

        assertThat(owner.get("/app/inbox/rows?waiting=99999999").statusCode()).isEqualTo(200);
        assertThat(http.get("/api/v1/whatsapp-ai/conversations?waitingMinutes=99999999", s.apiKey())
                        .status())
                .as("the API says what is wrong")
                .isEqualTo(400);
    }

    private Long linked(DashboardUser user) {
        long id = jdbc.sql("select coalesce(staff_phone_id, -1) from dashboard_user where id = ?")
                .param(user.id())
                .query(Long.class)
                .single();
        return id < 0 ? null : id;
    }
}
