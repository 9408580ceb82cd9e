package com.showroomassistant.assistant;

import com.showroomassistant.shared.TenantId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Each tenant's daily LLM token budget ({@code showroom.llm.daily-token-budget}, 0 = none). Usage is counted in
 * memory and added to {@code llm_usage} every few seconds, so a reply's path gains no database write; what other
 * instances used is read back at the same time. Past the budget the offline assistant answers, and staff are told
 * once a day.
 */
@Component
public class TokenBudget {

    private final JdbcClient jdbc;
    private final long budget;
    /** Tokens used here and not yet added to the table, per tenant and day. */
    private final Map<Key, Long> pending = new ConcurrentHashMap<>();
    /** The table's totals as last read, per tenant and day. */
    private final Map<Key, Long> stored = new ConcurrentHashMap<>();

    TokenBudget(JdbcClient jdbc, @Value("${showroom.llm.daily-token-budget:2000000}") long budget) {
        this.jdbc = jdbc;
        this.budget = budget;
    }

    private record Key(long tenant, LocalDate day) {}

    public boolean exceeded(TenantId tenant, LocalDate day) {
        if (budget <= 0) {
            return false;
        }
        Key key = new Key(tenant.value(), day);
        return stored.getOrDefault(key, 0L) + pending.getOrDefault(key, 0L) >= budget;
    }

    public void record(TenantId tenant, LocalDate day, long tokens) {
        if (tokens > 0) {
            pending.merge(new Key(tenant.value(), day), tokens, Long::sum);
        }
    }

    /** True for the first caller of the day across instances: that one tells staff. */
    public boolean tellStaffOnce(TenantId tenant, LocalDate day) {
        flush();
        return jdbc.sql(
                                "update llm_usage set staff_told = true where tenant_id = ? and usage_day = ? and not staff_told")
                        .params(tenant.value(), day)
                        .update()
                == 1;
    }

    @Scheduled(fixedDelayString = "${showroom.llm.usage-flush-interval:5s}")
    synchronized void flush() {
        for (Key key : List.copyOf(pending.keySet())) {
            long tokens = pending.remove(key);
            if (add(key, tokens) == 0 && insert(key, tokens) == 0) {
                add(key, tokens); // created by another instance in the meantime
            }
        }
        for (Key key : List.copyOf(stored.keySet())) {
            if (key.day().isBefore(LocalDate.now().minusDays(2))) {
                stored.remove(key); // yesterday's totals no longer matter
            }
        }
        Map<Key, Long> totals = new ConcurrentHashMap<>();
        jdbc.sql("select tenant_id, usage_day, tokens from llm_usage where usage_day >= ?")
                .param(LocalDate.now().minusDays(1))
                .query(rs -> {
                    totals.put(new Key(rs.getLong(1), rs.getObject(2, LocalDate.class)), rs.getLong(3));
                });
        stored.putAll(totals);
    }

    private int add(Key key, long tokens) {
        return jdbc.sql("update llm_usage set tokens = tokens + ? where tenant_id = ? and usage_day = ?")
                .params(tokens, key.tenant(), key.day())
                .update();
    }

    private int insert(Key key, long tokens) {
        return jdbc.sql("insert into llm_usage (tenant_id, usage_day, tokens) values (?, ?, ?) on conflict do nothing")
                .params(key.tenant(), key.day(), tokens)
                .update();
    }
}
