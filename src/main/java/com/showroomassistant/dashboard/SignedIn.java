package com.showroomassistant.dashboard;

import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The showroom login behind the current request, read from the database once per request (the controllers'
 * user argument and the page's time zone both need it), so a removed login stops working at once.
 */
@Component
class SignedIn {

    private static final String ATTRIBUTE = SignedIn.class.getName();

    private final DashboardUsers users;

    SignedIn(DashboardUsers users) {
        this.users = users;
    }

    @SuppressWarnings("unchecked")
    Optional<DashboardUser> user() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null
                && request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Optional<?> known) {
            return (Optional<DashboardUser>) known;
        }
        var auth = SecurityContextHolder.getContext().getAuthentication();
        Optional<DashboardUser> user = users.byEmail(auth == null ? null : auth.getName());
        if (request != null) {
            request.setAttribute(ATTRIBUTE, user, RequestAttributes.SCOPE_REQUEST);
        }
        return user;
    }
}
