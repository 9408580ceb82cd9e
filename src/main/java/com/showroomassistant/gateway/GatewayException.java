package com.showroomassistant.gateway;

/** A call to the gateway that did not succeed; {@link #retryable()} tells the outbox whether trying again can help. */
public class GatewayException extends RuntimeException {

    private final boolean retryable;
    private final Integer status;

    GatewayException(String message, boolean retryable, Integer status, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
        this.status = status;
    }

    static GatewayException status(String operation, int status) {
        boolean retryable = status >= 500 || status == 429 || status == 408;
        return new GatewayException(operation + " failed with HTTP " + status, retryable, status, null);
    }

    static GatewayException io(String operation, Throwable cause) {
        return new GatewayException(operation + " failed: " + cause.getClass().getSimpleName(), true, null, cause);
    }

    static GatewayException rejected(String operation, String reason) {
        return new GatewayException(operation + " failed: " + reason, false, null, null);
    }

    public boolean retryable() {
        return retryable;
    }

    /** The HTTP status the gateway answered with, or null when there was no answer. */
    public Integer status() {
        return status;
    }
}
