package com.showroomassistant.dashboard;

import com.showroomassistant.tenant.AiConfigs;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The signed-in showroom's time zone, looked up once per dashboard request, so pages write times as the
 * showroom reads its clock (a Makassar showroom is an hour ahead of Jakarta). Operator pages and anything
 * outside a request use Jakarta time.
 */
@ControllerAdvice(basePackageClasses = ShowroomZone.class)
class ShowroomZone {

    static final ZoneId DEFAULT = ZoneId.of("Asia/Jakarta");
    private static final String ATTRIBUTE = ShowroomZone.class.getName();

    private final SignedIn signedIn;
    private final AiConfigs configs;

    ShowroomZone(SignedIn signedIn, AiConfigs configs) {
        this.signedIn = signedIn;
        this.configs = configs;
    }

    @ModelAttribute
    void remember(HttpServletRequest request) {
        signedIn.user()
                .ifPresent(user -> request.setAttribute(
                        ATTRIBUTE, configs.of(user.tenant()).zone()));
    }

    /** The zone of the current request's showroom. */
    static ZoneId current() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object zone = request == null ? null : request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return zone instanceof ZoneId z ? z : DEFAULT;
    }
}
