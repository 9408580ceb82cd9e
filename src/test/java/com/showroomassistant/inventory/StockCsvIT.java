package com.showroomassistant.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.showroomassistant.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CONTRACT 9.5: stock in bulk by CSV, upsert by plate, rejected rows listed, export then import changes nothing. */
class StockCsvIT extends IntegrationTest {

    private com.showroomassistant.support.Http.Response upload(Showroom s, String csv) {
        return http.postRaw(
                "/api/v1/vehicles/import",
                csv.getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", "text/csv", "Authorization", "Bearer " + s.apiKey()));
    }

    @Test
    void importUpsertsByPlateListsRejectedRowsAndAnExportImportsBackUnchanged() {
        Showroom s = newShowroom();
        String csv = """
                make,model,variant,year,price,mileage,transmission,fuelType,color,plateNumber,status,description
                Toyota,Avanza,1.3 G,2019,150000000,45000,automatic,bensin,hitam,B 1111 AAA,available,
                Honda,Brio,Satya E,2020,140000000,30000,automatic,bensin,merah,B2222BBB,available,"Servis rutin, ""tangan pertama""\"
                Daihatsu,Xenia,1.3 R,1800,135000000,70000,otomatis,bensin,silver,B3333CCC,available,
                Suzuki,Ertiga,GX,2019,harga nego,55000,manual,bensin,putih,B4444DDD,available,
                """;
        var first = upload(s, csv);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        var result = first.json();
        assertThat(result.get("created").asInt()).isEqualTo(2);
        assertThat(result.get("updated").asInt()).isZero();
        assertThat(result.get("rejected").findValuesAsString("field")).containsExactly("transmission", "year", "price");
        assertThat(result.get("rejected").get(0).get("line").asInt()).isEqualTo(4);
        assertThat(result.get("rejected").get(2).get("line").asInt()).isEqualTo(5);

        var again = upload(s, """
                make,model,year,price,plateNumber
                Toyota,Avanza,2019,145000000,B1111AAA
                """).json();
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isEqualTo(1);
        assertThat(http.get("/api/v1/vehicles?q=B1111AAA", s.apiKey())
                        .json()
                        .get("items")
                        .get(0)
                        .get("price")
                        .asLong())
                .isEqualTo(145_000_000L);

        var export = http.get("/api/v1/vehicles/export", s.apiKey());
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("text/csv");
        assertThat(export.body())
                .startsWith("make,model,variant,year,price")
                .contains("B2222BBB")
                .contains("\"Servis rutin, \"\"tangan pertama\"\"\"");
        var roundTrip = upload(s, export.body()).json();
        assertThat(roundTrip.get("created").asInt()).isZero();
        assertThat(roundTrip.get("updated").asInt()).isZero();
        assertThat(roundTrip.get("rejected")).isEmpty();

        assertThat(upload(s, "merek,tipe\nToyota,Avanza\n").status()).isEqualTo(400);
    }

    @Test
    void theVehicleFactsAndTheMinimumPriceRoundTripAndAFileWithoutThemKeepsThem() {
        Showroom s = newShowroom();
        var imported = upload(s, """
                make,model,year,price,plateNumber,engineCc,bodyType,seats,taxDueDate,ownerCount,bpkbAvailable,serviceHistory,location,minimumPrice
                Toyota,Avanza,2019,150000000,B1111AAA,1329,mpv,7,2026-08-01,1,true,"Servis rutin, buku lengkap",Cabang Bekasi,142000000
                Honda,Jazz,2017,185000000,B2222BBB,1500,MPV-ish,5,,,,,,
                Honda,Brio,2020,140000000,B3333CCC,,,,08/2026,,,,,
                Suzuki,Ertiga,2019,165000000,B4444DDD,,,,,,mungkin,,,
                """).json();
        assertThat(imported.get("created").asInt()).isEqualTo(1);
        assertThat(imported.get("rejected").findValuesAsString("field"))
                .containsExactly("bodyType", "taxDueDate", "bpkbAvailable");

        var car = http.get("/api/v1/vehicles?q=B1111AAA", s.apiKey())
                .json()
                .get("items")
                .get(0);
        assertThat(car.get("engineCc").asInt()).isEqualTo(1329);
        assertThat(car.get("taxDueDate").asString()).isEqualTo("2026-08-01");
        assertThat(car.get("bpkbAvailable").asBoolean()).isTrue();
        assertThat(car.get("serviceHistory").asString()).isEqualTo("Servis rutin, buku lengkap");
        assertThat(car.get("minimumPrice").asLong()).isEqualTo(142_000_000L);

        String export = http.get("/api/v1/vehicles/export", s.apiKey()).body();
        assertThat(export.lines().findFirst().orElseThrow())
                .endsWith(
                        "engineCc,bodyType,seats,taxDueDate,ownerCount,bpkbAvailable,serviceHistory,location,minimumPrice");
        assertThat(export)
                .contains("1329,mpv,7,2026-08-01,1,true,\"Servis rutin, buku lengkap\",Cabang Bekasi,142000000");
        var roundTrip = upload(s, export).json();
        assertThat(roundTrip.get("updated").asInt()).isZero();
        assertThat(roundTrip.get("rejected")).isEmpty();

        // a file from before the facts existed changes the price and leaves the facts alone
        var older = upload(s, "make,model,year,price,plateNumber\nToyota,Avanza,2019,145000000,B1111AAA\n")
                .json();
        assertThat(older.get("updated").asInt()).isEqualTo(1);
        car = http.get("/api/v1/vehicles?q=B1111AAA", s.apiKey())
                .json()
                .get("items")
                .get(0);
        assertThat(car.get("price").asLong()).isEqualTo(145_000_000L);
        assertThat(car.get("ownerCount").asInt()).isEqualTo(1);
        assertThat(car.get("minimumPrice").asLong()).isEqualTo(142_000_000L);
    }
}
