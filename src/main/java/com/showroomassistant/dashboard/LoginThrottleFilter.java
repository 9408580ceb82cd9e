package com.showroomassistant.dashboard;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/** Answers a sign-in past its limit with 429 and Retry-After, before the password is looked at. */
final class LoginThrottleFilter extends OncePerRequestFilter {

    static final String LOGIN = "/login";
    static final String OPERATOR_LOGIN = "/operator/login";
    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("POST".equals(request.getMethod()) && (LOGIN.equals(path) || OPERATOR_LOGIN.equals(path))) {
            String account = LOGIN.equals(path) ? request.getParameter("username") : LoginThrottle.OPERATOR;
            Duration wait = throttle.wait(account, request.getRemoteAddr());
            if (!wait.isZero()) {
                long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
                response.setStatus(429);
                response.setHeader("Retry-After", Long.toString(seconds));
                response.setContentType("text/plain;charset=UTF-8");
                response.getOutputStream()
                        .write(("Terlalu banyak percobaan masuk. Coba lagi dalam " + seconds + " detik.")
                                .getBytes(StandardCharsets.UTF_8));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
