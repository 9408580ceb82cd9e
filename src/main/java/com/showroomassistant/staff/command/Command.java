package com.showroomassistant.staff.command;

import com.showroomassistant.shared.PhoneNumber;

/** A staff command with valid arguments; running it may still be refused (toggle, permission) or rejected. */
public sealed interface Command {

    /** The command word as audited and named in refusals ("status"). */
    String name();

    /** The staff_phone permission it needs. */
    String permission();

    record Upload(String details) implements Command {
        public String name() {
            return "upload";
        }

        public String permission() {
            return "upload";
        }
    }

    record Finish() implements Command {
        public String name() {
            return "selesai";
        }

        public String permission() {
            return "upload";
        }
    }

    record Cancel() implements Command {
        public String name() {
            return "batal";
        }

        public String permission() {
            return "upload";
        }
    }

    /** @param buyer the customer who bought it (only with sold), whose lead is marked won */
    record SetStatus(String reference, String status, PhoneNumber buyer) implements Command {
        public String name() {
            return "status";
        }

        public String permission() {
            return "status";
        }
    }

    record Inventory(String filter) implements Command {
        public String name() {
            return "inventory";
        }

        public String permission() {
            return "inventory";
        }
    }

    record Stats(Period period) implements Command {
        public String name() {
            return "stats";
        }

        public String permission() {
            return "stats";
        }

        public enum Period {
            TODAY,
            WEEK,
            MONTH
        }
    }

    record Reply(PhoneNumber customer, String text) implements Command {
        public String name() {
            return "reply";
        }

        public String permission() {
            return "reply";
        }
    }

    /** /catatan: an internal note on the customer's conversation, never sent to them. */
    record Note(PhoneNumber customer, String text) implements Command {
        public String name() {
            return "catatan";
        }

        public String permission() {
            return "reply";
        }
    }

    record Done(PhoneNumber customer) implements Command {
        public String name() {
            return "done";
        }

        public String permission() {
            return "reply";
        }
    }

    /**
     * /testdrive: the upcoming test drives without arguments; with an id, a new status ({@code action}) or a new
     * time ({@code when}, a date phrase such as "sabtu jam 10").
     */
    record TestDrive(Long id, String action, String when) implements Command {
        public String name() {
            return "testdrive";
        }

        public String permission() {
            return "reply";
        }
    }

    /** /ambil: the staff member takes the customer's conversation, if nobody owns it (first come, first served). */
    record Claim(PhoneNumber customer) implements Command {
        public String name() {
            return "ambil";
        }

        public String permission() {
            return "reply";
        }
    }

    /** /alihkan: gives the customer's conversation to another staff member, named or by phone. */
    record Reassign(PhoneNumber customer, String to) implements Command {
        public String name() {
            return "alihkan";
        }

        public String permission() {
            return "reply";
        }
    }

    /** /away and /aktif: the sender stops or starts getting new conversations by round-robin. */
    record Away(boolean away) implements Command {
        public String name() {
            return away ? "away" : "aktif";
        }

        public String permission() {
            return null;
        }
    }

    record Help() implements Command {
        public String name() {
            return "help";
        }

        public String permission() {
            return null;
        }
    }
}
