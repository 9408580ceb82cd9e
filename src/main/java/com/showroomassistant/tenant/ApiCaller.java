package com.showroomassistant.tenant;

import com.showroomassistant.shared.TenantId;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Who an authenticated API request acts for: the platform operator, or one tenant (from its key alone). */
final class ApiCaller extends AbstractAuthenticationToken {

    static final String OPERATOR = "OPERATOR";
    static final String TENANT = "TENANT";

    private final TenantId tenant;

    private ApiCaller(TenantId tenant, String authority) {
        super(List.of(new SimpleGrantedAuthority(authority)));
        this.tenant = tenant;
        setAuthenticated(true);
    }

    static ApiCaller operator() {
        return new ApiCaller(null, OPERATOR);
    }

    static ApiCaller tenant(TenantId tenant) {
        return new ApiCaller(tenant, TENANT);
    }

    /** The tenant, or null for the operator. */
    @Override
    public TenantId getPrincipal() {
        return tenant;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public String getName() {
        return tenant == null ? "operator" : "tenant-" + tenant.value();
    }

    /** A presented bearer key, not yet checked; operator routes accept only the operator key. */
    static final class Presented extends AbstractAuthenticationToken {

        private final String key;
        private final boolean operatorRoute;

        Presented(String key, boolean operatorRoute) {
            super(List.of());
            this.key = key;
            this.operatorRoute = operatorRoute;
        }

        boolean operatorRoute() {
            return operatorRoute;
        }

        @Override
        public Object getCredentials() {
            return key;
        }

        @Override
        public Object getPrincipal() {
            return null;
        }
    }
}
