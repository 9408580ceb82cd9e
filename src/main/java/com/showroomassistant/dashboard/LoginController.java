package com.showroomassistant.dashboard;

import com.showroomassistant.tenant.AdminKey;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Sign-in pages: showroom logins go through Spring Security's form login; the operator signs in with the admin key. */
@Controller
class LoginController {

    private final AdminKey adminKey;
    private final LoginThrottle throttle;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    LoginController(AdminKey adminKey, LoginThrottle throttle) {
        this.adminKey = adminKey;
        this.throttle = throttle;
    }

    @GetMapping("/login")
    String login() {
        return "dashboard/login";
    }

    @GetMapping("/")
    String home(Authentication auth) {
        boolean operator = auth.getAuthorities().stream().anyMatch(a -> "ROLE_OPERATOR".equals(a.getAuthority()));
        return operator ? "redirect:/app/operator/tenants" : "redirect:/app/inbox";
    }

    @GetMapping("/operator/login")
    String operatorLogin() {
        return "dashboard/operator-login";
    }

    @PostMapping("/operator/login")
    String operatorLogin(@RequestParam String key, HttpServletRequest request, HttpServletResponse response) {
        // a throttled attempt never gets here (LoginThrottleFilter)
        if (!adminKey.matches(key.strip())) {
            throttle.failed(LoginThrottle.OPERATOR, request.getRemoteAddr());
            return "redirect:/operator/login?error";
        }
        throttle.succeeded(LoginThrottle.OPERATOR);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "operator", null, AuthorityUtils.createAuthorityList("ROLE_OPERATOR")));
        SecurityContextHolder.setContext(context);
        request.getSession(true);
        request.changeSessionId(); // no session fixation across the privilege change
        contexts.saveContext(context, request, response);
        return "redirect:/app/operator/tenants";
    }
}
