package com.showroomassistant.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Management API bodies are bounded ({@code showroom.api.max-body-bytes}, 512 KiB): a declared length past it is
 * answered 413 before anything reads it, and a body sent without a length stops being read there (the request then
 * fails as unreadable, 400). The webhook has its own limit (CONTRACT 3.4) and photo uploads the multipart limits.
 */
@Configuration(proxyBeanMethods = false)
class ApiBodyLimit {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> apiBodyLimitFilter(
            @Value("${showroom.api.max-body-bytes:524288}") long limit) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Limit(limit));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1); // ahead of security: nobody's body is read past it
        registration.setName("apiBodyLimit");
        return registration;
    }

    private static final class Limit extends OncePerRequestFilter {

        private final long limit;

        Limit(long limit) {
            this.limit = limit;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            String type = request.getContentType();
            return path.startsWith("/api/v1/webhooks/")
                    || path.startsWith("/api/v1/aimeow/")
                    || (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/"));
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getContentLengthLong() > limit) {
                response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                response.setContentType("application/problem+json");
                response.getOutputStream()
                        .write(("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
                                        + "\"detail\":\"request body exceeds " + limit + " bytes\",\"instance\":\""
                                        + request.getRequestURI()
                                                .replace("\\", "")
                                                .replace("\"", "") + "\"}")
                                .getBytes(StandardCharsets.UTF_8));
                return;
            }
            chain.doFilter(request.getContentLengthLong() >= 0 ? request : new Bounded(request, limit), response);
        }
    }

    /** A body without a declared length, read no further than the limit. */
    private static final class Bounded extends HttpServletRequestWrapper {

        private final long limit;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0) {
                        count(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    if (n > 0) {
                        count(n);
                    }
                    return n;
                }

                private void count(int n) throws IOException {
                    read += n;
                    if (read > limit) {
                        throw new IOException("request body exceeds " + limit + " bytes");
                    }
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
