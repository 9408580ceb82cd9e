package com.showroomassistant.staff.command;

import com.showroomassistant.shared.PhoneNumber;
import com.showroomassistant.staff.command.Command.Stats.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Turns a staff message into a command. With a leading "/" the command word decides and bad arguments get an
 * error with an example. Without it the message must start with the command word AND carry valid arguments,
 * otherwise it is no command at all: "status mobil avanza gimana" is a question, not /status.
 */
@Component
public final class CommandParser {

    /** What a message is: a command, a command with bad arguments (answered with the right form), or neither. */
    public sealed interface Parsed {}

    public record Valid(Command command) implements Parsed {}

    public record Invalid(String name, String reply) implements Parsed {}

    public record NotACommand() implements Parsed {}

    private static final Parsed NONE = new NotACommand();
    private static final Pattern HEAD = Pattern.compile("^(/)?\\s*(\\p{L}+)[.!:]?(?:\\s+(.*))?$", Pattern.DOTALL);
    private static final Pattern REFERENCE = Pattern.compile("[A-Z]{1,2}-?\\d{1,6}[A-Z]{0,3}");
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("upload", "upload"),
            Map.entry("unggah", "upload"),
            Map.entry("selesai", "selesai"),
            Map.entry("simpan", "selesai"),
            Map.entry("batal", "batal"),
            Map.entry("cancel", "batal"),
            Map.entry("status", "status"),
            Map.entry("inventory", "inventory"),
            Map.entry("inventori", "inventory"),
            Map.entry("inv", "inventory"),
            Map.entry("stok", "inventory"),
            Map.entry("stock", "inventory"),
            Map.entry("stats", "stats"),
            Map.entry("stat", "stats"),
            Map.entry("statistik", "stats"),
            Map.entry("laporan", "stats"),
            Map.entry("reply", "reply"),
            Map.entry("balas", "reply"),
            Map.entry("catatan", "catatan"),
            Map.entry("note", "catatan"),
            Map.entry("done", "done"),
            Map.entry("resolve", "done"),
            Map.entry("testdrive", "testdrive"),
            Map.entry("td", "testdrive"),
            Map.entry("ambil", "ambil"),
            Map.entry("klaim", "ambil"),
            Map.entry("alihkan", "alihkan"),
            Map.entry("oper", "alihkan"),
            Map.entry("away", "away"),
            Map.entry("cuti", "away"),
            Map.entry("libur", "away"),
            Map.entry("aktif", "aktif"),
            Map.entry("masuk", "aktif"),
            Map.entry("help", "help"),
            Map.entry("bantuan", "help"),
            Map.entry("menu", "help"));
    static final Map<String, String> STATUSES = Map.ofEntries(
            Map.entry("available", "available"),
            Map.entry("tersedia", "available"),
            Map.entry("ready", "available"),
            Map.entry("avail", "available"),
            Map.entry("booked", "booked"),
            Map.entry("booking", "booked"),
            Map.entry("book", "booked"),
            Map.entry("dibooking", "booked"),
            Map.entry("sold", "sold"),
            Map.entry("terjual", "sold"),
            Map.entry("laku", "sold"),
            Map.entry("kejual", "sold"));
    private static final Map<String, Period> PERIODS = Map.ofEntries(
            Map.entry("", Period.TODAY),
            Map.entry("today", Period.TODAY),
            Map.entry("hari ini", Period.TODAY),
            Map.entry("hariini", Period.TODAY),
            Map.entry("harian", Period.TODAY),
            Map.entry("week", Period.WEEK),
            Map.entry("minggu", Period.WEEK),
            Map.entry("minggu ini", Period.WEEK),
            Map.entry("pekan", Period.WEEK),
            Map.entry("pekan ini", Period.WEEK),
            Map.entry("mingguan", Period.WEEK),
            Map.entry("month", Period.MONTH),
            Map.entry("bulan", Period.MONTH),
            Map.entry("bulan ini", Period.MONTH),
            Map.entry("bulanan", Period.MONTH));

    private final VehicleText vehicleText;

    public CommandParser(VehicleText vehicleText) {
        this.vehicleText = vehicleText;
    }

    /** The reference's plain-word commands: "tambah mobil ...", "update status ...", "cek stok". */
    private static final Pattern TWO_WORD_HEAD =
            Pattern.compile("(?i)^(/)?\\s*(?:(tambah|input|masukkan|masukin)\\s+(?:mobil|unit)"
                    + "|(update|ubah|ganti)\\s+status|(cek|lihat|liat)\\s+(?:stok|stock|inventory|inventori))\\b");

    public Parsed parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        Matcher two = TWO_WORD_HEAD.matcher(text.strip());
        if (two.find()) {
            String word = two.group(2) != null ? "upload" : two.group(3) != null ? "status" : "inventory";
            text = (two.group(1) == null ? "" : "/") + word + text.strip().substring(two.end());
        }
        Matcher m = HEAD.matcher(text.strip());
        if (!m.matches()) {
            return NONE;
        }
        boolean slash = m.group(1) != null;
        String name = WORDS.get(m.group(2).toLowerCase(Locale.ROOT));
        if (name == null && slash) {
            name = misspelt(m.group(2).toLowerCase(Locale.ROOT)); // "/uplod", "/stauts"
        }
        String args = m.group(3) == null ? "" : m.group(3).strip();
        if (name == null) {
            return slash ? new Invalid("unknown", Replies.UNKNOWN) : NONE;
        }
        Parsed parsed = switch (name) {
            case "upload" -> upload(args, slash);
            case "selesai" -> args.isEmpty() || slash ? new Valid(new Command.Finish()) : NONE;
            case "batal" -> args.isEmpty() || slash ? new Valid(new Command.Cancel()) : NONE;
            case "status" -> status(args);
            case "inventory" -> inventory(args, slash);
            case "stats" -> stats(args);
            case "reply" -> reply(args);
            case "done" -> done(args);
            case "catatan" -> slash ? note(args) : NONE;
            case "testdrive" -> slash ? testDrive(args) : NONE;
            // assignment moves a customer between people: only ever on an explicit "/"
            case "ambil" -> slash ? claim(args) : NONE;
            case "alihkan" -> slash ? reassign(args) : NONE;
            case "away" -> slash ? new Valid(new Command.Away(true)) : NONE;
            case "aktif" -> slash ? new Valid(new Command.Away(false)) : NONE;
            default -> args.isEmpty() || slash ? new Valid(new Command.Help()) : NONE;
        };
        return !slash && parsed instanceof Invalid ? NONE : parsed;
    }

    /** The command a slash word was meant to be: one letter left out, added, changed or swapped. */
    private static String misspelt(String word) {
        if (word.length() < 4) {
            return null;
        }
        String found = null;
        for (var entry : WORDS.entrySet()) {
            if (entry.getKey().length() >= 4 && oneEditApart(word, entry.getKey())) {
                if (found != null && !found.equals(entry.getValue())) {
                    return null; // two commands are as close: ask rather than guess
                }
                found = entry.getValue();
            }
        }
        return found;
    }

    private static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            return a.substring(i + 1).equals(b.substring(i + 1))
                    || i + 1 < a.length()
                            && a.charAt(i) == b.charAt(i + 1)
                            && a.charAt(i + 1) == b.charAt(i)
                            && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return a.length() > b.length()
                ? a.substring(i + 1).equals(b.substring(i))
                : a.substring(i).equals(b.substring(i + 1));
    }

    private Parsed upload(String args, boolean slash) {
        if (slash) {
            return new Valid(new Command.Upload(args));
        }
        // without "/" the words after "upload" must read as a car ("upload avanza 2019 150jt"), not "upload foto dong"
        var fields = vehicleText.read(args).fields();
        return fields.model() != null && (fields.year() != null || fields.price() != null)
                ? new Valid(new Command.Upload(args))
                : NONE;
    }

    private static Parsed status(String args) {
        List<String> words = Arrays.asList(args.split("\\s+"));
        int at = -1;
        for (int i = 1; i < words.size(); i++) {
            if (STATUSES.containsKey(words.get(i).toLowerCase(Locale.ROOT))) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            return new Invalid("status", Replies.STATUS_FORM);
        }
        String reference = String.join("", words.subList(0, at)).toUpperCase(Locale.ROOT);
        if (!REFERENCE.matcher(reference).matches()) {
            return new Invalid("status", Replies.STATUS_FORM);
        }
        String status = STATUSES.get(words.get(at).toLowerCase(Locale.ROOT));
        String rest = String.join(" ", words.subList(at + 1, words.size())).strip();
        if (rest.isEmpty()) {
            return new Valid(new Command.SetStatus(reference, status, null));
        }
        if (!status.equals("sold")) {
            return new Invalid("status", Replies.STATUS_BUYER_NOT_SOLD);
        }
        return phone(rest)
                .<Parsed>map(buyer -> new Valid(new Command.SetStatus(reference, status, buyer)))
                .orElseGet(() -> new Invalid("status", Replies.STATUS_BUYER));
    }

    private static Parsed inventory(String args, boolean slash) {
        if (args.length() > 60 || (!slash && (args.contains("?") || args.split("\\s+").length > 3))) {
            return new Invalid("inventory", Replies.INVENTORY_FORM);
        }
        return new Valid(new Command.Inventory(args));
    }

    private static Parsed stats(String args) {
        Period period = PERIODS.get(args.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        return period == null ? new Invalid("stats", Replies.STATS_FORM) : new Valid(new Command.Stats(period));
    }

    /** /catatan takes a number and a text as /reply does, with its own form in errors. */
    private static Parsed note(String args) {
        if (reply(args) instanceof Valid valid && valid.command() instanceof Command.Reply r) {
            return new Valid(new Command.Note(r.customer(), r.text()));
        }
        return new Invalid("catatan", Replies.NOTE_FORM);
    }

    private static Parsed reply(String args) {
        String[] words = args.split("\\s+");
        // a number may be typed in groups ("0812 3456 7890"): a first word of 10+ digits is the whole number,
        // otherwise the longest run of number-like words that reads as one
        boolean whole = words[0].replaceAll("\\D", "").length() >= 10;
        for (int n = whole ? 1 : Math.min(4, words.length - 1); n >= 1; n--) {
            var phone = phone(String.join("", Arrays.copyOfRange(words, 0, n)));
            if (phone.isPresent()) {
                Matcher skip = Pattern.compile("^(?:\\S+\\s+){" + n + "}").matcher(args);
                return skip.find()
                        ? new Valid(new Command.Reply(
                                phone.get(), args.substring(skip.end()).strip()))
                        : new Invalid("reply", Replies.REPLY_FORM);
            }
        }
        return new Invalid("reply", Replies.REPLY_FORM);
    }

    private static Parsed done(String args) {
        return phone(args)
                .<Parsed>map(p -> new Valid(new Command.Done(p)))
                .orElseGet(() -> new Invalid("done", Replies.DONE_FORM));
    }

    private static Parsed claim(String args) {
        return phone(args)
                .<Parsed>map(p -> new Valid(new Command.Claim(p)))
                .orElseGet(() -> new Invalid("ambil", Replies.CLAIM_FORM));
    }

    /** "/alihkan 0812 3456 7890 Sari": the number as /reply reads it, then the staff member's name or phone. */
    private static Parsed reassign(String args) {
        return reply(args) instanceof Valid(Command.Reply r) && !r.text().isBlank()
                ? new Valid(new Command.Reassign(r.customer(), r.text()))
                : new Invalid("alihkan", Replies.REASSIGN_FORM);
    }

    /** What staff may do to a test drive, in their words. */
    private static final Map<String, String> TEST_DRIVE_ACTIONS = Map.ofEntries(
            Map.entry("selesai", "completed"),
            Map.entry("done", "completed"),
            Map.entry("completed", "completed"),
            Map.entry("batal", "cancelled"),
            Map.entry("batalkan", "cancelled"),
            Map.entry("cancel", "cancelled"),
            Map.entry("noshow", "no_show"),
            Map.entry("no-show", "no_show"),
            Map.entry("no_show", "no_show"),
            Map.entry("tidak datang", "no_show"),
            Map.entry("gak datang", "no_show"),
            Map.entry("ga datang", "no_show"),
            Map.entry("konfirmasi", "confirmed"),
            Map.entry("confirm", "confirmed"),
            Map.entry("ok", "confirmed"));

    private static final Pattern TEST_DRIVE_ARGS = Pattern.compile("#?(\\d{1,12})(?:\\s+(.+))?", Pattern.DOTALL);

    private static Parsed testDrive(String args) {
        if (args.isEmpty()) {
            return new Valid(new Command.TestDrive(null, null, null));
        }
        Matcher m = TEST_DRIVE_ARGS.matcher(args);
        if (!m.matches() || m.group(2) == null) {
            return new Invalid("testdrive", Replies.TEST_DRIVE_FORM);
        }
        long id = Long.parseLong(m.group(1));
        String rest = m.group(2).strip();
        String action = TEST_DRIVE_ACTIONS.get(rest.toLowerCase(Locale.ROOT));
        return new Valid(
                action != null ? new Command.TestDrive(id, action, null) : new Command.TestDrive(id, null, rest));
    }

    private static Optional<PhoneNumber> phone(String text) {
        String compact = text.replaceAll("[\\s\\-()]", "");
        if (!compact.matches("\\+?\\d{8,16}|\\d{6,30}@lid")) {
            return Optional.empty();
        }
        return PhoneNumber.parse(compact);
    }
}
