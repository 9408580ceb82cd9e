package com.showroomassistant.tenant;

import com.showroomassistant.shared.TenantId;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates the management API: the operator key on /api/v1/admin/**, a tenant key elsewhere.
 * The tenant is put on the request from the key alone; nothing in the request can choose it.
 */
@Component
@Order(10)
class ApiKeyFilter extends OncePerRequestFilter {

    static final String TENANT_ATTRIBUTE = TenantId.class.getName();
    private final ApiKeys keys;
    private final AdminKey admin;

    ApiKeyFilter(ApiKeys keys, AdminKey admin) {
        this.keys = keys;
        this.admin = admin;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !path.startsWith("/api/") || path.startsWith("/api/v1/webhooks/") || path.startsWith("/api/v1/aimeow/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = bearer(request);
        if (request.getRequestURI().startsWith("/api/v1/admin/")) {
            if (!admin.matches(presented)) {
                unauthorized(response);
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        Optional<TenantId> tenant = keys.resolve(presented);
        if (tenant.isEmpty()) {
            unauthorized(response);
            return;
        }
        request.setAttribute(TENANT_ATTRIBUTE, tenant.get());
        chain.doFilter(request, response);
    }

    private static String bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return header.substring(7).strip();
    }

    private static void unauthorized(HttpServletResponse response) throws IOException {
        response.setStatus(401);
        response.setContentType("application/problem+json");
        response.setHeader("WWW-Authenticate", "Bearer");
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                        + "\"detail\":\"a valid API key is required (Authorization: Bearer <key>)\"}");
    }
}
