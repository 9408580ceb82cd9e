package com.showroomassistant.gateway;

import java.net.SocketTimeoutException;
import java.util.Set;
import org.apache.hc.core5.http.NoHttpResponseException;

/** A call to the gateway that did not succeed; {@link #retryable()} tells the outbox whether trying again can help. */
public class GatewayException extends RuntimeException {

    /** Cloud API error codes that ask to slow down: retried with backoff (rate limits, spam and pair limits). */
    private static final Set<Integer> CLOUD_THROTTLED = Set.of(4, 80007, 130429, 131048, 131056);
    /** Cloud API error codes of a passing fault on Meta's side: retried. */
    private static final Set<Integer> CLOUD_TRANSIENT = Set.of(1, 2, 131000, 131016, 133004);
    /** Cloud API error codes of a token that is invalid, expired or lacks permission: the account needs the owner. */
    private static final Set<Integer> CLOUD_CREDENTIALS = Set.of(0, 3, 10, 190, 200);
    /** The customer wrote more than 24 hours ago: only a template may be sent. */
    static final int CLOUD_REENGAGEMENT = 131047;
    /** How a reason for a message not sent outside the window starts; the dashboard recognises it and says why. */
    static final String OUTSIDE_WINDOW = "outside the 24-hour customer-service window";

    private final boolean retryable;
    private final Integer status;
    private final boolean ambiguous;
    private final boolean credentialsRejected;

    GatewayException(String message, boolean retryable, Integer status, Throwable cause) {
        this(message, retryable, status, cause, false, false);
    }

    private GatewayException(
            String message,
            boolean retryable,
            Integer status,
            Throwable cause,
            boolean ambiguous,
            boolean credentialsRejected) {
        super(message, cause);
        this.retryable = retryable;
        this.status = status;
        this.ambiguous = ambiguous;
        this.credentialsRejected = credentialsRejected;
    }

    static GatewayException status(String operation, int status) {
        boolean retryable = status >= 500 || status == 429 || status == 408;
        return new GatewayException(operation + " failed with HTTP " + status, retryable, status, null);
    }

    /**
     * A Cloud API error answer ({@code {"error":{"code", "message"}}}), mapped to what the outbox should do: slow
     * down and retry, give up, or give up and tell the owner the account's token is refused.
     *
     * @param code the Graph API error code, null when the body had none
     */
    static GatewayException cloud(String operation, int status, Integer code, String detail) {
        String message = operation + " failed with HTTP " + status + (code == null ? "" : " (code " + code + ")")
                + (detail == null || detail.isBlank() ? "" : ": " + detail);
        if (status == 401 || (code != null && CLOUD_CREDENTIALS.contains(code))) {
            return new GatewayException(message, false, status, null, false, true);
        }
        if (code != null && code == CLOUD_REENGAGEMENT) {
            return new GatewayException(OUTSIDE_WINDOW + ": " + message, false, status, null, false, false);
        }
        boolean retryable = status == 429
                || status >= 500
                || (code != null && (CLOUD_THROTTLED.contains(code) || CLOUD_TRANSIENT.contains(code)));
        return new GatewayException(message, retryable, status, null, false, false);
    }

    /** The reason a Cloud API delivery failed after Meta accepted the message, see {@link Gateways#cloudDeliveryFailure}. */
    static String cloudDelivery(Integer code, String detail) {
        String reported = "WhatsApp reported the message failed" + (code == null ? "" : " (code " + code + ")")
                + (detail == null || detail.isBlank() ? "" : ": " + detail.strip());
        return code != null && code == CLOUD_REENGAGEMENT ? OUTSIDE_WINDOW + ": " + reported : reported;
    }

    /**
     * A failure of the connection. A read timeout, or a connection closed without an answer, came after the request
     * was written: the gateway may well have acted on it ({@link #ambiguous()}). Failing to connect is not ambiguous.
     */
    static GatewayException io(String operation, Throwable cause) {
        boolean ambiguous = cause instanceof SocketTimeoutException || cause instanceof NoHttpResponseException;
        return new GatewayException(
                operation + " failed: " + cause.getClass().getSimpleName(), true, null, cause, ambiguous, false);
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

    /** Whether the gateway refused the account's credentials: nothing will go out until the owner renews them. */
    public boolean credentialsRejected() {
        return credentialsRejected;
    }

    /** The HTTP status the gateway answered with, or null when there was no answer. */
    public Integer status() {
        return status;
    }
}
