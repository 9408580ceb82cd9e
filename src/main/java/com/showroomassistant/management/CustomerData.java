package com.showroomassistant.management;

import com.showroomassistant.conversation.CustomerRecords;
import com.showroomassistant.media.MediaStore;
import com.showroomassistant.sales.CustomerSalesData;
import com.showroomassistant.shared.NotFoundException;
import com.showroomassistant.shared.PhoneNumber;
import com.showroomassistant.shared.TenantId;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A customer's request about their data (UU PDP): everything the showroom holds on them, or all of it forgotten.
 * Each module exports and forgets its own tables; this only puts them together, in one transaction. Modules that
 * depend on this one (staff) forget theirs on {@link CustomerForgetting}.
 */
@Component
class CustomerData {

    private final CustomerRecords conversations;
    private final CustomerSalesData sales;
    private final MediaStore media;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;

    CustomerData(
            CustomerRecords conversations,
            CustomerSalesData sales,
            MediaStore media,
            PlatformTransactionManager transactions,
            ApplicationEventPublisher events) {
        this.events = events;
        this.conversations = conversations;
        this.sales = sales;
        this.media = media;
        this.tx = new TransactionTemplate(transactions);
    }

    record Export(
            String customer,
            List<CustomerRecords.Conversation> conversations,
            Object lead,
            List<?> testDrives,
            Object tradeIn) {}

    record Forgotten(
            int conversations, int messages, int staffNotices, int notes, int leads, int testDrives, int photos) {}

    Export export(TenantId tenant, String customer) {
        String identity = identity(customer);
        var talks = conversations.export(tenant, identity);
        var records = sales.export(tenant, identity);
        if (talks.isEmpty() && records.lead().isEmpty() && records.testDrives().isEmpty()) {
            throw new NotFoundException("customer " + customer);
        }
        return new Export(
                identity,
                talks,
                records.lead().orElse(null),
                records.testDrives(),
                records.tradeIn().orElse(null));
    }

    Forgotten forget(TenantId tenant, String customer) {
        String identity = identity(customer);
        String pseudonym = "forgotten-" + UUID.randomUUID();
        record Both(CustomerRecords.Forgotten talks, CustomerSalesData.Forgotten records) {}
        Both done = tx.execute(status -> {
            events.publishEvent(new CustomerForgetting(tenant, identity)); // listeners run in this transaction
            return new Both(
                    conversations.forget(tenant, identity, pseudonym), sales.forget(tenant, identity, pseudonym));
        });
        var talks = done.talks();
        var records = done.records();
        if (talks.conversations() == 0 && records.leads() == 0 && records.testDrives() == 0) {
            throw new NotFoundException("customer " + customer);
        }
        // files last: a failed transaction above leaves them, and the rows still point at them
        int photos = (int) java.util.stream.Stream.concat(
                        media.urlsIn(tenant, talks.mediaFields()).stream(), records.photos().stream())
                .distinct()
                .filter(url -> media.delete(tenant, url))
                .count();
        return new Forgotten(
                talks.conversations(),
                talks.messages(),
                talks.staffNotices(),
                talks.notes(),
                records.leads(),
                records.testDrives(),
                photos);
    }

    /** A phone number in any notation, or a WhatsApp LID ("123…@lid"), as conversations store it. */
    private static String identity(String customer) {
        return PhoneNumber.parse(customer)
                .map(PhoneNumber::value)
                .orElseThrow(() -> new com.showroomassistant.shared.InvalidFieldException(
                        "customer",
                        "must be a phone number such as 081234567890, or a WhatsApp LID such as 123456789@lid"));
    }
}
