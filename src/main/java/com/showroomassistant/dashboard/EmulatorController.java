package com.showroomassistant.dashboard;

import com.showroomassistant.conversation.Conversations;
import com.showroomassistant.conversation.Inbound;
import com.showroomassistant.conversation.Inbox;
import com.showroomassistant.intent.Classification;
import com.showroomassistant.intent.IntentClassifier;
import com.showroomassistant.intent.Role;
import com.showroomassistant.shared.PhoneNumber;
import com.showroomassistant.staff.StaffMember;
import com.showroomassistant.staff.StaffPhones;
import com.showroomassistant.tenant.GatewayAccounts;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Chat as a customer (from an emulator number, never sent to) or as a registered staff phone, through the
 * showroom's real inbox and pipeline exactly as the webhook would deliver it, without a gateway.
 */
@Controller
class EmulatorController {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final Inbox inbox;
    private final Conversations conversations;
    private final GatewayAccounts accounts;
    private final StaffPhones staff;
    private final IntentClassifier classifier;
    private final StaffNotices notices;

    EmulatorController(
            Inbox inbox,
            Conversations conversations,
            GatewayAccounts accounts,
            StaffPhones staff,
            IntentClassifier classifier,
            StaffNotices notices) {
        this.inbox = inbox;
        this.conversations = conversations;
        this.accounts = accounts;
        this.staff = staff;
        this.classifier = classifier;
        this.notices = notices;
    }

    @GetMapping("/app/emulator")
    String emulator(DashboardUser user, @RequestParam(required = false) Boolean fresh, Model model) {
        String phone = Boolean.TRUE.equals(fresh)
                ? PhoneNumber.EMULATOR_PREFIX + String.format("%09d", RANDOM.nextInt(1_000_000_000))
                : PhoneNumber.EMULATOR_PREFIX + String.format("%09d", user.id());
        model.addAttribute("phone", phone);
        model.addAttribute("staff", staff.active(user.tenant()));
        return "dashboard/emulator";
    }

    @PostMapping("/app/emulator/send")
    String send(
            DashboardUser user,
            @RequestParam String as,
            @RequestParam(defaultValue = "") String phone,
            @RequestParam(defaultValue = "") String name,
            @RequestParam String text,
            Model model) {
        boolean asStaff = !"customer".equals(as);
        Optional<PhoneNumber> sender = asStaff
                ? staff.active(user.tenant()).stream()
                        .map(StaffMember::phoneNumber)
                        .filter(as::equals)
                        .findFirst()
                        .map(PhoneNumber::new)
                : PhoneNumber.parse(phone).filter(PhoneNumber::isEmulator);
        if (sender.isEmpty() || text.isBlank()) {
            model.addAttribute("error", asStaff ? "emulator.unknownStaff" : "emulator.invalidPhone");
            return "dashboard/emulator :: chat";
        }
        var account = accounts.ofTenant(user.tenant());
        var outcome = inbox.receive(
                account,
                new Inbound(
                        account.clientId(),
                        "emu-" + UUID.randomUUID(),
                        sender.get(),
                        sender.get(),
                        null,
                        name.isBlank() ? null : name.strip(),
                        "text",
                        text.strip(),
                        null,
                        null,
                        null,
                        null,
                        null));
        if (outcome.conversationId() == null) {
            model.addAttribute("error", "emulator.ignored");
            return "dashboard/emulator :: chat";
        }
        Classification c = classifier.classify(text, asStaff ? Role.STAFF : Role.CUSTOMER);
        model.addAttribute("classification", c);
        return chat(user, outcome.conversationId(), model);
    }

    @GetMapping("/app/emulator/chat/{id}")
    String chat(DashboardUser user, @PathVariable long id, Model model) {
        model.addAttribute("c", conversations.get(user.tenant(), id));
        model.addAttribute(
                "messages", conversations.messages(user.tenant(), id, 0, 200).items());
        model.addAttribute("notices", notices.in(user.tenant(), id));
        return "dashboard/emulator :: chat";
    }
}
