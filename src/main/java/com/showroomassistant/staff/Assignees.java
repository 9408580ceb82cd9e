package com.showroomassistant.staff;

import com.showroomassistant.conversation.Assignment;
import com.showroomassistant.conversation.ConversationView;
import com.showroomassistant.conversation.Conversations;
import com.showroomassistant.conversation.Outbox;
import com.showroomassistant.conversation.RepliesQueued;
import com.showroomassistant.shared.ConflictException;
import com.showroomassistant.shared.DisplayName;
import com.showroomassistant.shared.NotFoundException;
import com.showroomassistant.shared.TenantId;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which salesperson a customer conversation goes to, in staff terms: the staff phones that may get new ones (active,
 * not away), whom a notice about a conversation reaches (its owner), claims and reassignments. A tenant with one
 * staff member works as before: that person gets everything.
 */
@Component
public class Assignees {

    private final StaffPhones staff;
    private final Assignment assignment;
    private final Conversations conversations;
    private final Outbox outbox;
    private final ApplicationEventPublisher events;

    Assignees(
            StaffPhones staff,
            Assignment assignment,
            Conversations conversations,
            Outbox outbox,
            ApplicationEventPublisher events) {
        this.staff = staff;
        this.assignment = assignment;
        this.conversations = conversations;
        this.outbox = outbox;
        this.events = events;
    }

    /**
     * Who is told about the customer's conversation: its owner, assigning one when it has none. When its owner is away
     * or no longer active, or nobody can own it, everyone on duty (active, not away), so that someone present hears
     * of it; everyone active when all are away. The owner keeps the conversation either way.
     *
     * @param customer the conversation's customer identity, never told as staff
     */
    public List<StaffMember> recipients(TenantId tenant, long conversationId, String customer) {
        List<StaffMember> active = colleagues(tenant, customer);
        List<StaffMember> onDuty = onDuty(active);
        return assign(tenant, conversationId, active)
                .filter(owner -> onDuty.contains(owner))
                .map(List::of)
                .orElse(onDuty.isEmpty() ? active : onDuty);
    }

    /** Gives a conversation with no owner to one salesperson (a new lead); its owner, if any. */
    public Optional<StaffMember> assign(TenantId tenant, long conversationId, String customer) {
        return assign(tenant, conversationId, colleagues(tenant, customer));
    }

    private Optional<StaffMember> assign(TenantId tenant, long conversationId, List<StaffMember> active) {
        if (active.isEmpty()) {
            return Optional.empty();
        }
        Optional<Long> owner = assignment.assign(
                tenant,
                conversationId,
                onDuty(active).stream().map(StaffMember::id).toList());
        return owner.flatMap(id -> active.stream().filter(m -> m.id() == id).findFirst());
    }

    /** Who may get new conversations: the active staff who are not away; a lone staff member, away or not. */
    private static List<StaffMember> onDuty(List<StaffMember> active) {
        return active.size() == 1
                ? active
                : active.stream().filter(m -> !m.isAway()).toList();
    }

    /** Whether the tenant has more than one active staff phone, so that assignment shows at all. */
    public boolean isTeam(TenantId tenant) {
        return staff.active(tenant).size() > 1;
    }

    /** The conversation's owner, when it has one that is still a staff member. */
    public Optional<StaffMember> ownerOf(TenantId tenant, long conversationId) {
        return assignment.owner(tenant, conversationId).flatMap(id -> find(tenant, id));
    }

    /** The first to claim owns it; see {@link Assignment#claim}. */
    public Assignment.Claim claim(TenantId tenant, long conversationId, StaffMember by) {
        return assignment.claim(tenant, conversationId, by.id());
    }

    /**
     * Gives the conversation to an active staff member and tells them on WhatsApp. 404 for an unknown conversation or
     * staff member, 409 for an inactive one.
     */
    @Transactional
    public StaffMember reassign(TenantId tenant, long conversationId, long staffId) {
        StaffMember to = staff.get(tenant, staffId);
        if (!to.isActive()) {
            throw new ConflictException("staff " + staffId + " is not active");
        }
        ConversationView c = conversations.get(tenant, conversationId);
        if (!assignment.reassign(tenant, conversationId, staffId)) {
            throw new NotFoundException("staff " + staffId);
        }
        if (!to.phoneNumber().equals(c.customerPhone())) {
            outbox.toStaff(conversationId, to.phoneNumber(), Notices.reassigned(c));
            events.publishEvent(new RepliesQueued());
        }
        return to;
    }

    /** Texts staff read about assignment, in Indonesian. */
    static final class Notices {

        private Notices() {}

        static String who(String name, String customer) {
            String clean = DisplayName.clean(name, 200);
            return (clean == null ? "" : clean + " ") + "(" + customer + ")";
        }

        static String reassigned(ConversationView c) {
            return "👤 Percakapan dialihkan ke Anda\nPelanggan: " + who(c.customerName(), c.customerPhone())
                    + (c.escalationReason() == null ? "" : "\nMenunggu staff sejak eskalasi")
                    + "\nBalas: /reply " + c.customerPhone() + " <pesan>";
        }
    }

    Optional<StaffMember> find(TenantId tenant, long id) {
        return staff.list(tenant).stream().filter(m -> m.id() == id).findFirst();
    }

    /** Every active staff phone but the customer's own. */
    public List<StaffMember> colleagues(TenantId tenant, String customer) {
        return staff.active(tenant).stream()
                .filter(m -> !m.phoneNumber().equals(customer))
                .toList();
    }
}
