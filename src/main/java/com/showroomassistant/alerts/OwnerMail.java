package com.showroomassistant.alerts;

import com.showroomassistant.shared.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mail to the owner through the SMTP server of {@code spring.mail.*} ({@code SPRING_MAIL_HOST}, ...). Spring Boot
 * creates a mail sender only when a host is set: without one no mail is attempted. Sent on a virtual thread, so a slow
 * SMTP server never holds up the alert passes; a failed send is logged, not retried (the WhatsApp alert stands).
 */
@Component
class OwnerMail {

    private static final Logger log = LoggerFactory.getLogger(OwnerMail.class);
    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    OwnerMail(ObjectProvider<JavaMailSender> sender, @Value("${showroom.alerts.mail-from:}") String from) {
        this.sender = sender;
        this.from = from == null || from.isBlank() ? "showroom-assistant@localhost" : from.strip();
    }

    void send(TenantId tenant, String to, String subject, String body) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return;
        }
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        Thread.ofVirtual().name("owner-mail").start(() -> {
            try {
                mail.send(message);
            } catch (MailException e) {
                // an SMTP error's message usually quotes the rejected address, the owner's personal data: only its
                // kind is logged, and the tenant says whose it was
                log.warn(
                        "owner e-mail of tenant {} not sent: {}",
                        tenant.value(),
                        e.getClass().getSimpleName());
            }
        });
    }
}
