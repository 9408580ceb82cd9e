package com.showroomassistant.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;

import com.showroomassistant.shared.TenantId;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** A failed e-mail to the owner is logged without the owner's address, which SMTP errors usually quote. */
@ExtendWith(OutputCaptureExtension.class)
class OwnerMailTest {

    @Test
    void aRejectedAddressIsNotLogged(CapturedOutput output) {
        JavaMailSender smtp = mock(JavaMailSender.class);
        doThrow(new MailSendException("550 5.1.1 <pemilik.rahasia@showroom.test>: Recipient address rejected"))
                .when(smtp)
                .send(any(SimpleMailMessage.class));
        var mail = new OwnerMail(
                new StaticListableBeanFactory(Map.of("mail", smtp)).getBeanProvider(JavaMailSender.class), "");

        mail.send(new TenantId(7), "pemilik.rahasia@showroom.test", "⚠️ uji", "isi");

        await().atMost(Duration.ofSeconds(10)).until(() -> output.getAll().contains("owner e-mail of tenant 7"));
        assertThat(output.getAll()).contains("MailSendException").doesNotContain("pemilik.rahasia@showroom.test");
    }
}
