package com.showroomassistant.staff.command;

/** A command that cannot be done as asked (unknown car, incomplete draft); the message is the reply to staff. */
final class CommandRejected extends RuntimeException {

    CommandRejected(String reply) {
        super(reply, null, false, false);
    }
}
