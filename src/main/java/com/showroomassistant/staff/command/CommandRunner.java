package com.showroomassistant.staff.command;

import com.showroomassistant.staff.command.CommandParser.Invalid;
import com.showroomassistant.staff.command.CommandParser.NotACommand;
import com.showroomassistant.staff.command.CommandParser.Valid;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one staff message: parse, check the tenant's toggles and the member's permissions, execute in one
 * transaction with its audit row. The audit row is keyed by the message, so a turn that is redone (lease lost
 * after the command ran) answers from the log instead of running the command again.
 */
@Component
public class CommandRunner {

    private static final Logger log = LoggerFactory.getLogger(CommandRunner.class);

    /** An image a staff member sent, to join the upload draft. */
    public record Photo(long messageId, String fileUrl) {}

    private final CommandParser parser;
    private final CommandLog audit;
    private final TransactionTemplate tx;
    private final Uploads uploads;
    private final StatusChange status;
    private final InventoryReport inventory;
    private final StatsReport stats;
    private final HandoffCommands handoff;
    private final TestDriveCommands testDrives;
    private final AssignmentCommands assignments;

    CommandRunner(
            CommandParser parser,
            CommandLog audit,
            PlatformTransactionManager transactions,
            Uploads uploads,
            StatusChange status,
            InventoryReport inventory,
            StatsReport stats,
            HandoffCommands handoff,
            TestDriveCommands testDrives,
            AssignmentCommands assignments) {
        this.testDrives = testDrives;
        this.assignments = assignments;
        this.parser = parser;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
        this.uploads = uploads;
        this.status = status;
        this.inventory = inventory;
        this.stats = stats;
        this.handoff = handoff;
    }

    /** The reply to a staff text, or empty when it is neither a command nor an answer to an open draft. */
    public Optional<String> text(Sender s, long messageId, String text) {
        Optional<String> earlier = audit.replyTo(s.tenant(), messageId);
        if (earlier.isPresent()) {
            return earlier;
        }
        return switch (parser.parse(text)) {
            case NotACommand none -> draftAnswer(s, messageId, text);
            case Invalid invalid ->
                Optional.of(
                        s.config().staffCommandsEnabled()
                                ? record(s, messageId, text, invalid.name(), null, "invalid", invalid.reply())
                                : record(s, messageId, text, invalid.name(), null, "refused", Replies.DISABLED));
            case Valid valid ->
                Optional.of(refusal(s, valid.command())
                        .map(reply -> record(
                                s,
                                messageId,
                                text,
                                valid.command().name(),
                                valid.command().toString(),
                                "refused",
                                reply))
                        .orElseGet(() -> execute(s, messageId, text, valid.command())));
        };
    }

    /** Adds photos to the upload draft; the reply says how many the draft holds now. */
    public Optional<String> photos(Sender s, List<Photo> photos) {
        if (photos.isEmpty()) {
            return Optional.empty();
        }
        var refused = refusal(s, new Command.Upload(""));
        if (refused.isPresent()) {
            return refused;
        }
        int added = 0;
        String suggestion = null;
        for (Photo p : photos) {
            if (p.fileUrl() == null || p.fileUrl().isBlank()) {
                continue;
            }
            // only the first photo of an album is read by the vision model: one suggestion is shown
            var photo = uploads.addPhoto(s, p.messageId(), p.fileUrl(), suggestion == null && added == 0);
            if (photo.isPresent()) {
                added++;
                suggestion = suggestion != null ? suggestion : photo.get().suggestion();
            }
        }
        return Optional.of(uploads.photosReceived(s, added, photos.size() - added, suggestion));
    }

    private Optional<String> draftAnswer(Sender s, long messageId, String text) {
        if (refusal(s, new Command.Upload("")).isPresent()) {
            return Optional.empty();
        }
        return tx.execute(status -> uploads.answer(s, text)
                .map(reply -> record(s, messageId, text, "upload", "draft answer", "ok", reply)));
    }

    private Optional<String> refusal(Sender s, Command c) {
        if (!s.config().staffCommandsEnabled()) {
            return Optional.of(Replies.DISABLED);
        }
        if (c.permission() != null
                && c.permission().equals("upload")
                && !s.config().enableStaffUpload()) {
            return Optional.of(Replies.UPLOAD_DISABLED);
        }
        if (c instanceof Command.SetStatus && !s.config().enableStaffStatus()) {
            return Optional.of(Replies.STATUS_DISABLED);
        }
        if (c.permission() != null && !s.member().permissions().contains(c.permission())) {
            return Optional.of(Replies.noPermission(c.name(), c.permission()));
        }
        return Optional.empty();
    }

    private String execute(Sender s, long messageId, String text, Command c) {
        try {
            return tx.execute(status -> record(s, messageId, text, c.name(), c.toString(), "ok", dispatch(s, c)));
        } catch (CommandRejected e) {
            return record(s, messageId, text, c.name(), c.toString(), "rejected", e.getMessage());
        } catch (RuntimeException e) {
            log.warn("staff command {} of message {} failed: {}", c.name(), messageId, e.toString());
            return record(s, messageId, text, c.name(), c.toString(), "failed", Replies.FAILED);
        }
    }

    private String dispatch(Sender s, Command c) {
        return switch (c) {
            case Command.Upload u -> uploads.upload(s, u.details());
            case Command.Finish f -> uploads.finish(s);
            case Command.Cancel x -> uploads.cancel(s);
            case Command.SetStatus st -> status.run(s, st);
            case Command.Inventory i -> inventory.run(s, i);
            case Command.Stats st -> stats.run(s, st);
            case Command.Reply r -> handoff.reply(s, r);
            case Command.Done d -> handoff.done(s, d);
            case Command.Note n -> handoff.note(s, n);
            case Command.TestDrive td -> testDrives.run(s, td);
            case Command.Claim cl -> assignments.claim(s, cl);
            case Command.Reassign ra -> assignments.reassign(s, ra);
            case Command.Away a -> assignments.away(s, a);
            case Command.Help h -> Replies.HELP;
        };
    }

    private String record(
            Sender s, long messageId, String text, String command, String parsed, String outcome, String reply) {
        audit.record(
                s.tenant(),
                messageId,
                new CommandLog.Entry(s.member().phoneNumber(), text, command, parsed, outcome, reply));
        return reply;
    }
}
