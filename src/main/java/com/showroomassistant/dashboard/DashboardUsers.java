package com.showroomassistant.dashboard;

import com.showroomassistant.alerts.OwnerLogins;
import com.showroomassistant.shared.ConflictException;
import com.showroomassistant.shared.NotFoundException;
import com.showroomassistant.shared.TenantId;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Dashboard accounts: e-mail (case-insensitive, unique across showrooms), BCrypt hash, role. */
@Component
public class DashboardUsers implements UserDetailsService, OwnerLogins {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    DashboardUsers(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    public DashboardUser create(TenantId tenant, String email, String rawPassword, String role) {
        try {
            jdbc.sql("insert into dashboard_user (tenant_id, email, password_hash, role) values (?, ?, ?, ?)")
                    .params(tenant.value(), normalise(email), passwords.encode(rawPassword), role)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("e-mail " + normalise(email) + " already has a dashboard login");
        }
        return byEmail(email).orElseThrow();
    }

    /** Sets the owner's password, creating the login if it does not exist yet (the demo does this each start). */
    public void resetOwner(TenantId tenant, String email, String rawPassword) {
        int changed = jdbc.sql("update dashboard_user set password_hash = ? where tenant_id = ? and email = ?")
                .params(passwords.encode(rawPassword), tenant.value(), normalise(email))
                .update();
        if (changed == 0) {
            create(tenant, email, rawPassword, DashboardUser.OWNER);
        }
    }

    public Optional<DashboardUser> byEmail(String email) {
        return jdbc.sql("select id, tenant_id, email, role from dashboard_user where email = ?")
                .param(normalise(email))
                .query((rs, n) ->
                        new DashboardUser(rs.getLong(1), new TenantId(rs.getLong(2)), rs.getString(3), rs.getString(4)))
                .optional();
    }

    public List<DashboardUser> of(TenantId tenant) {
        return jdbc.sql("select id, tenant_id, email, role from dashboard_user where tenant_id = ? order by id")
                .param(tenant.value())
                .query((rs, n) ->
                        new DashboardUser(rs.getLong(1), new TenantId(rs.getLong(2)), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** The showroom owner's e-mail, the first owner login's: where the owner's alerts go unless another is set. */
    @Override
    public Optional<String> ownerEmail(TenantId tenant) {
        return of(tenant).stream()
                .filter(DashboardUser::isOwner)
                .map(DashboardUser::email)
                .findFirst();
    }

    /** The staff phone this login is (its owner's "mine" in the inbox, its replies counted for them), if linked. */
    public Optional<Long> staffId(DashboardUser user) {
        return jdbc.sql("select staff_phone_id from dashboard_user where tenant_id = ? and id = ?")
                .params(user.tenant().value(), user.id())
                .query((rs, n) -> Optional.ofNullable((Long) rs.getObject(1, Long.class)))
                .optional()
                .flatMap(o -> o);
    }

    /** Which login (user id) is which staff member, by staff id. */
    public java.util.Map<Long, Long> staffLinks(TenantId tenant) {
        return jdbc
                .sql("select staff_phone_id, id from dashboard_user where tenant_id = ? and staff_phone_id is not null")
                .param(tenant.value())
                .query((rs, n) -> java.util.Map.entry(rs.getLong(1), rs.getLong(2)))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue));
    }

    /**
     * Makes the login {@code userId} the staff member {@code staffId} (set by the showroom's owner), or no login when
     * null. A staff member has one login at most (a unique key); the one it had before is unlinked. 404 for a login
     * or staff member the showroom does not have; 409 when another login was linked to them at the same moment.
     */
    @org.springframework.transaction.annotation.Transactional
    public void linkStaff(TenantId tenant, long staffId, Long userId) {
        jdbc.sql("update dashboard_user set staff_phone_id = null where tenant_id = ? and staff_phone_id = ?")
                .params(tenant.value(), staffId)
                .update();
        if (userId == null) {
            return;
        }
        int linked;
        try {
            linked = jdbc.sql("""
                    update dashboard_user set staff_phone_id = ? where tenant_id = ? and id = ?
                       and exists (select 1 from staff_phone s where s.id = ? and s.tenant_id = ?)""")
                    .params(staffId, tenant.value(), userId, staffId, tenant.value())
                    .update();
        } catch (DuplicateKeyException raced) {
            // the transaction ends here either way (rolled back), so PostgreSQL's aborted state does not matter
            throw new ConflictException("staff " + staffId + " was just linked to another login; try again");
        }
        if (linked == 0) {
            throw new NotFoundException("login " + userId);
        }
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        record Row(String email, String hash, String role) {}
        return jdbc.sql("select email, password_hash, role from dashboard_user where email = ?")
                .param(normalise(email))
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional()
                .map(r -> User.withUsername(r.email())
                        .password(r.hash())
                        .roles(r.role().toUpperCase(Locale.ROOT))
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("no dashboard login"));
    }

    /** A password a person can type: 14 characters without look-alikes (about 80 bits). */
    public static String generatePassword() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    private static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
