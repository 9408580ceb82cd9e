package com.showroomassistant.tenant;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * Bearer keys of the management API: the operator key on /api/v1/admin/** and the actuator, a tenant key
 * elsewhere. A key of the other kind is simply not valid there, so both mistakes answer 401.
 */
final class ApiKeyAuthentication implements AuthenticationConverter, AuthenticationProvider {

    static final String ADMIN_PATHS = "/api/v1/admin/";
    /** The actuator's non-public endpoints take the operator key too. */
    static final String ACTUATOR = "/actuator";

    private final ApiKeys keys;
    private final AdminKey admin;

    ApiKeyAuthentication(ApiKeys keys, AdminKey admin) {
        this.keys = keys;
        this.admin = admin;
    }

    @Override
    public Authentication convert(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String header = request.getHeader("Authorization");
        if (header == null
                || !header.regionMatches(true, 0, "Bearer ", 0, 7)
                || isWebhook(path)
                || path.startsWith(ACTUATOR + "/health")) {
            return null;
        }
        return new ApiCaller.Presented(
                header.substring(7).strip(), path.startsWith(ADMIN_PATHS) || path.startsWith(ACTUATOR));
    }

    static boolean isWebhook(String path) {
        return path.startsWith("/api/v1/webhooks/") || path.startsWith("/api/v1/aimeow/");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var presented = (ApiCaller.Presented) authentication;
        String key = (String) presented.getCredentials();
        if (presented.operatorRoute()) {
            if (admin.matches(key)) {
                return ApiCaller.operator();
            }
            throw new BadCredentialsException("invalid operator key");
        }
        return keys.resolve(key)
                .map(ApiCaller::tenant)
                .orElseThrow(() -> new BadCredentialsException("invalid, unknown or revoked API key"));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return ApiCaller.Presented.class.isAssignableFrom(authentication);
    }
}
