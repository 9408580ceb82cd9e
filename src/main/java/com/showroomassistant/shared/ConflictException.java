package com.showroomassistant.shared;

/** A request that contradicts stored state (duplicate phone, plate, ...); answered as 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
