package com.showroomassistant.management;

import com.showroomassistant.shared.TenantId;

/**
 * A customer's data is being forgotten (UU PDP), published inside the forgetting transaction: a module that keeps
 * something naming the customer and cannot be called from here (staff's command log) blanks it in its listener, which
 * runs in the same transaction.
 *
 * @param identity the customer's identity as conversations store it
 */
public record CustomerForgetting(TenantId tenant, String identity) {}
