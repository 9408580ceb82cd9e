package com.showroomassistant.management;

import com.showroomassistant.shared.TenantId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Customer data", description = "A customer's request about their personal data (UU PDP)")
class CustomerDataApi {

    private final CustomerData data;

    CustomerDataApi(CustomerData data) {
        this.data = data;
    }

    @GetMapping("/api/v1/customers/{customer}/data")
    @Operation(
            summary = "Everything held on a customer",
            description =
                    "Their conversations with every message, their"
                            + " lead, test drives and trade-in, and the staff's notes and labels on their conversations. The customer is a phone number in any notation or a WhatsApp LID.")
    CustomerData.Export export(TenantId tenant, @PathVariable String customer) {
        return data.export(tenant, customer);
    }

    @DeleteMapping("/api/v1/customers/{customer}")
    @Operation(
            summary = "Forget a customer",
            description =
                    "Blanks every text, payload, photo, name and number of theirs,"
                            + " including staff notices about them, deletes staff's notes on their conversations and their kept photos. The rows stay, so analytics keep their"
                            + " counts; a later message from the same number starts as a new customer. Answers what was changed.")
    CustomerData.Forgotten forget(TenantId tenant, @PathVariable String customer) {
        return data.forget(tenant, customer);
    }
}
