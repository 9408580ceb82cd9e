package com.showroomassistant.staff.command;

import com.showroomassistant.shared.TenantId;
import com.showroomassistant.staff.StaffMember;
import com.showroomassistant.tenant.AiConfig;

/** Who is commanding, from which conversation, under which tenant settings (read when the turn is processed). */
public record Sender(TenantId tenant, long conversationId, StaffMember member, AiConfig config) {}
