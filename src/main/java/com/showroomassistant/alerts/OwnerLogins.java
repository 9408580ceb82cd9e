package com.showroomassistant.alerts;

import com.showroomassistant.shared.TenantId;
import java.util.Optional;

/**
 * Where the owner's alerts go by e-mail unless the owner set another address: the e-mail of the showroom's owner login.
 * Implemented by the module that keeps the logins (the dashboard), so that alerts need not know it.
 */
public interface OwnerLogins {

    /** The e-mail of the showroom's first owner login, if it has one. */
    Optional<String> ownerEmail(TenantId tenant);
}
