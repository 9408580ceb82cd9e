package com.showroomassistant.alerts;

import com.showroomassistant.conversation.Outbox;
import com.showroomassistant.conversation.RepliesQueued;
import com.showroomassistant.shared.TenantId;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the owner something after a claim (an incident opened or closed, a day's summary taken): the WhatsApp message is
 * queued in the claim's transaction, so it is queued exactly when the claim is won; the e-mail follows the commit.
 */
@Component
class OwnerChannels {

    private final Outbox outbox;
    private final OwnerMail mail;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;

    OwnerChannels(Outbox outbox, OwnerMail mail, TransactionTemplate tx, ApplicationEventPublisher events) {
        this.outbox = outbox;
        this.mail = mail;
        this.tx = tx;
        this.events = events;
    }

    /** What to say: a WhatsApp text and an e-mail, either null for none. */
    record Message(String whatsApp, String subject, String body) {}

    /**
     * Runs the claim, which answers what to tell when it was won; then tells the owner by the channels they can be
     * reached on. True when won.
     */
    boolean tellIf(TenantId tenant, Owner.Contact owner, Supplier<Optional<Message>> claim) {
        Optional<Message> won = tx.execute(status -> {
            Optional<Message> message = claim.get();
            message.filter(m -> m.whatsApp() != null && owner.phone().isPresent())
                    .ifPresent(m -> outbox.toPhone(tenant, owner.phone().get(), m.whatsApp()));
            return message;
        });
        if (won == null || won.isEmpty()) {
            return false;
        }
        Message message = won.get();
        if (message.whatsApp() != null && owner.phone().isPresent()) {
            events.publishEvent(new RepliesQueued());
        }
        if (message.subject() != null && owner.email().isPresent()) {
            mail.send(tenant, owner.email().get(), message.subject(), message.body());
        }
        return true;
    }
}
