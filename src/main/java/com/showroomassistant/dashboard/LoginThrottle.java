package com.showroomassistant.dashboard;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins (dashboard and operator) counted per account and per client address, each in a fixed window: past
 * the limit, further attempts are refused before any password check (so before BCrypt) until the window turns. One
 * rate limiter per key, kept while it is used; per instance, so N instances allow N times the attempts.
 */
@Component
class LoginThrottle {

    /**
     * @param accountFailures failed sign-ins allowed per account (e-mail, or the operator) in a window
     * @param addressFailures failed sign-ins allowed per client address in a window, whatever the account
     * @param window how long the counts last
     */
    @ConfigurationProperties("showroom.login")
    record Limits(Integer accountFailures, Integer addressFailures, Duration window) {
        Limits {
            accountFailures = accountFailures == null ? 5 : accountFailures;
            addressFailures = addressFailures == null ? 20 : addressFailures;
            window = window == null ? Duration.ofMinutes(5) : window;
        }
    }

    static final String OPERATOR = "operator";
    private final RateLimiterConfig perAccount;
    private final RateLimiterConfig perAddress;
    private final Cache<String, AtomicRateLimiter> failures;

    LoginThrottle(Limits limits) {
        this.perAccount = config(limits.accountFailures(), limits.window());
        this.perAddress = config(limits.addressFailures(), limits.window());
        this.failures = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterAccess(limits.window().multipliedBy(2))
                .build();
    }

    private static RateLimiterConfig config(int failures, Duration window) {
        return RateLimiterConfig.custom()
                .limitForPeriod(failures)
                .limitRefreshPeriod(window)
                .timeoutDuration(Duration.ZERO)
                .build();
    }

    /** How long this attempt must wait: zero when it may go on to the password check. */
    Duration wait(String account, String address) {
        Duration byAddress = waitOf(addressKey(address));
        return OPERATOR.equals(account) ? byAddress : max(waitOf(accountKey(account)), byAddress);
    }

    /**
     * The operator's one account is counted per address only: a per-account count would let anyone on the internet
     * keep the operator locked out with a few wrong keys each window.
     */
    void failed(String account, String address) {
        if (!OPERATOR.equals(account)) {
            limiter(accountKey(account), perAccount).acquirePermission();
        }
        limiter(addressKey(address), perAddress).acquirePermission();
    }

    /** The account's own count starts over; the address keeps its count. */
    void succeeded(String account) {
        failures.invalidate(accountKey(account));
    }

    private Duration waitOf(String key) {
        AtomicRateLimiter limiter = failures.getIfPresent(key);
        if (limiter == null || limiter.getDetailedMetrics().getAvailablePermissions() > 0) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(Math.max(1, limiter.getDetailedMetrics().getNanosToWait()));
    }

    private AtomicRateLimiter limiter(String key, RateLimiterConfig config) {
        return failures.get(key, k -> new AtomicRateLimiter(k, config));
    }

    private static String accountKey(String account) {
        String name = account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
        return "account:" + (name.length() > 320 ? name.substring(0, 320) : name);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
