package com.showroomassistant.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.showroomassistant.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** CONTRACT 9.1 through the vehicle API: the facts are stored and read back, and only the owner's key reads the minimum. */
class VehicleFactsApiIT extends IntegrationTest {

    @Test
    void factsAndTheMinimumPriceAreSetAndReadThroughTheVehicleApi() {
        Showroom s = newShowroom();
        var created = http.post("/api/v1/vehicles", s.apiKey(), """
                {"make":"Toyota","model":"Avanza","variant":"1.3 G","year":2019,"price":150000000,"plateNumber":"B1234XYZ",
                 "engineCc":1329,"bodyType":"MPV","seats":7,"taxDueDate":"2026-08-15","ownerCount":1,"bpkbAvailable":true,
                 "serviceHistory":"Servis rutin di bengkel resmi","location":"Cabang Bekasi","minimumPrice":142000000}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var car = created.json();
        assertThat(car.get("engineCc").asInt()).isEqualTo(1329);
        assertThat(car.get("bodyType").asString()).isEqualTo("mpv");
        assertThat(car.get("taxDueDate").asString()).isEqualTo("2026-08-15");
        assertThat(car.get("bpkbAvailable").asBoolean()).isTrue();
        assertThat(car.get("location").asString()).isEqualTo("Cabang Bekasi");
        assertThat(car.get("minimumPrice").asLong()).isEqualTo(142_000_000L);
        long id = car.get("id").asLong();
        assertThat(http.get("/api/v1/vehicles/" + id, s.apiKey())
                        .json()
                        .get("serviceHistory")
                        .asString())
                .isEqualTo("Servis rutin di bengkel resmi");
        assertThat(http.get("/api/v1/vehicles", s.apiKey())
                        .json()
                        .get("items")
                        .get(0)
                        .get("minimumPrice")
                        .asLong())
                .isEqualTo(142_000_000L);

        // PUT replaces the whole vehicle: what it leaves out is cleared
        var replaced = http.put("/api/v1/vehicles/" + id, s.apiKey(), """
                {"make":"Toyota","model":"Avanza","year":2019,"price":148000000,"plateNumber":"B1234XYZ","ownerCount":2}""");
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(replaced.json().get("ownerCount").asInt()).isEqualTo(2);
        assertThat(replaced.json().get("minimumPrice").isNull()).isTrue();
        assertThat(replaced.json().get("engineCc").isNull()).isTrue();
    }

    @Test
    void aFactOutOfRangeIsA400NamingTheField() {
        Showroom s = newShowroom();
        var seats = http.post("/api/v1/vehicles", s.apiKey(), "{\"make\":\"Toyota\",\"model\":\"Avanza\",\"seats\":0}");
        assertThat(seats.status()).isEqualTo(400);
        assertThat(seats.json().get("errors").get("seats").asString()).contains("between 1 and 60");
        var body = http.post(
                "/api/v1/vehicles", s.apiKey(), "{\"make\":\"Toyota\",\"model\":\"Avanza\",\"bodyType\":\"kapal\"}");
        assertThat(body.status()).isEqualTo(400);
        assertThat(body.json().get("errors").has("bodyType")).isTrue();
        var minimum = http.post(
                "/api/v1/vehicles", s.apiKey(), "{\"make\":\"Toyota\",\"model\":\"Avanza\",\"minimumPrice\":-1}");
        assertThat(minimum.status()).isEqualTo(400);
        assertThat(minimum.json().get("errors").has("minimumPrice")).isTrue();
    }
}
