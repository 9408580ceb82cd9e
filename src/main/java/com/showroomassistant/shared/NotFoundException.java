package com.showroomassistant.shared;

/** A resource that does not exist for the calling tenant; answered as 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
