package com.showroomassistant.gateway;

import java.net.SocketTimeoutException;
import org.apache.hc.core5.http.NoHttpResponseException;

/** A call to the gateway that did not succeed; {@link #retryable()} tells the outbox whether trying again can help. */
public class GatewayException extends RuntimeException {

    private final boolean retryable;
    private final Integer status;
    private final boolean ambiguous;

    GatewayException(String message, boolean retryable, Integer status, Throwable cause) {
        this(message, retryable, status, cause, false);
    }

    private GatewayException(String message, boolean retryable, Integer status, Throwable cause, boolean ambiguous) {
        super(message, cause);
        this.retryable = retryable;
        this.status = status;
        this.ambiguous = ambiguous;
    }

    static GatewayException status(String operation, int status) {
        boolean retryable = status >= 500 || status == 429 || status == 408;
        return new GatewayException(operation + " failed with HTTP " + status, retryable, status, null);
    }

    /**
     * A failure of the connection. A read timeout, or a connection closed without an answer, came after the request
     * was written: the gateway may well have acted on it ({@link #ambiguous()}). Failing to connect is not ambiguous.
     */
    static GatewayException io(String operation, Throwable cause) {
        boolean ambiguous = cause instanceof SocketTimeoutException || cause instanceof NoHttpResponseException;
        return new GatewayException(
                operation + " failed: " + cause.getClass().getSimpleName(), true, null, cause, ambiguous);
    }

    static GatewayException rejected(String operation, String reason) {
        return new GatewayException(operation + " failed: " + reason, false, null, null);
    }

    /** Whether the gateway may have done what was asked although no answer came: a send may have gone out. */
    public boolean ambiguous() {
        return ambiguous;
    }

    public boolean retryable() {
        return retryable;
    }

    /** The HTTP status the gateway answered with, or null when there was no answer. */
    public Integer status() {
        return status;
    }
}
