package com.showroomassistant.management;

import com.showroomassistant.gateway.GatewayException;
import com.showroomassistant.shared.TenantId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/whatsapp-ai")
@Tag(name = "WhatsApp connection", description = "Pairing the showroom's WhatsApp number through the gateway")
class ConnectionApi {

    private final Connections connections;

    ConnectionApi(Connections connections) {
        this.connections = connections;
    }

    @PostMapping("/initialize")
    @Operation(
            summary = "Start pairing",
            description =
                    "Creates the gateway client when the showroom has none, registers"
                            + " the webhook callback, and returns the QR page and state. Answers 409 when no gateway is configured.")
    ConnectionStatus initialize(TenantId tenant) {
        return connections.initialize(tenant);
    }

    @GetMapping("/status")
    @Operation(
            summary = "Connection state",
            description = "Reads the gateway and stores what it says; when the gateway"
                    + " cannot be reached, the stored state with gatewayReachable=false.")
    ConnectionStatus status(TenantId tenant) {
        return connections.status(tenant);
    }

    @PostMapping("/disconnect")
    @Operation(summary = "Disconnect", description = "Deletes the gateway client; initialize starts over.")
    ConnectionStatus disconnect(TenantId tenant) {
        return connections.disconnect(tenant);
    }

    @ExceptionHandler(GatewayException.class)
    ProblemDetail gatewayFailed(GatewayException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, e.getMessage());
    }
}
