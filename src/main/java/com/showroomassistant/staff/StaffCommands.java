package com.showroomassistant.staff;

import com.showroomassistant.shared.PhoneNumber;
import com.showroomassistant.staff.command.CommandRunner;
import com.showroomassistant.staff.command.Sender;
import com.showroomassistant.tenant.AiConfigs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Staff commands on WhatsApp, as the pipeline sees them. Whether the sender is staff is decided here, when the
 * turn is processed, from the tenant's active staff phones: never from a flag stored earlier and never from
 * anything a message says. For anyone else this answers empty, so they get the customer flow and never
 * learn that commands exist.
 */
@Component
public class StaffCommands {

    private final StaffPhones staff;
    private final AiConfigs configs;
    private final CommandRunner runner;

    StaffCommands(StaffPhones staff, AiConfigs configs, CommandRunner runner) {
        this.staff = staff;
        this.configs = configs;
        this.runner = runner;
    }

    /** The reply to the staff member, or empty when nothing in the turn was for the staff commands. */
    public Optional<String> handle(StaffTurn turn) {
        Optional<StaffMember> member =
                PhoneNumber.parse(turn.sender()).flatMap(p -> staff.activeByPhone(turn.tenant(), p));
        if (member.isEmpty()) {
            return Optional.empty();
        }
        var sender = new Sender(turn.tenant(), turn.conversationId(), member.get(), configs.of(turn.tenant()));
        List<String> replies = new ArrayList<>();
        // consecutive photos (an album) get one answer; a caption is read as a command after its photo
        List<CommandRunner.Photo> photos = new ArrayList<>();
        for (StaffTurn.Message m : turn.messages()) {
            if (m.isPhoto()) {
                photos.add(new CommandRunner.Photo(m.id(), m.mediaUrl()));
            }
            if (m.hasText()) {
                runner.photos(sender, photos).ifPresent(replies::add);
                photos.clear();
                runner.text(sender, m.id(), m.text()).ifPresent(replies::add);
            }
        }
        runner.photos(sender, photos).ifPresent(replies::add);
        return replies.isEmpty() ? Optional.empty() : Optional.of(String.join("\n\n", replies));
    }
}
