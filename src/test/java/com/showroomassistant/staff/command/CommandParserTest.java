package com.showroomassistant.staff.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.showroomassistant.intent.VehicleCatalogue;
import com.showroomassistant.shared.PhoneNumber;
import com.showroomassistant.staff.command.Command.Stats.Period;
import com.showroomassistant.staff.command.CommandParser.Invalid;
import com.showroomassistant.staff.command.CommandParser.NotACommand;
import com.showroomassistant.staff.command.CommandParser.Valid;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommandParserTest {

    static final CommandParser PARSER = new CommandParser(new VehicleText(VehicleCatalogue.loadDefault()));

    static PhoneNumber phone(String digits) {
        return new PhoneNumber(digits);
    }

    static Stream<Arguments> commands() {
        return Stream.of(
                Arguments.of("/upload Toyota Avanza 2019 150jt", new Command.Upload("Toyota Avanza 2019 150jt")),
                Arguments.of("/UPLOAD", new Command.Upload("")),
                Arguments.of("upload avanza 2019 150jt", new Command.Upload("avanza 2019 150jt")),
                Arguments.of("/selesai", new Command.Finish()),
                Arguments.of("Selesai", new Command.Finish()),
                Arguments.of("/batal", new Command.Cancel()),
                Arguments.of("/status B1234XYZ sold", new Command.SetStatus("B1234XYZ", "sold", null)),
                Arguments.of("/status b 1234 xyz terjual", new Command.SetStatus("B1234XYZ", "sold", null)),
                Arguments.of("/Status AV-0012 laku", new Command.SetStatus("AV-0012", "sold", null)),
                Arguments.of("status AV-0012 booking", new Command.SetStatus("AV-0012", "booked", null)),
                Arguments.of("/status AV-0012 ready", new Command.SetStatus("AV-0012", "available", null)),
                Arguments.of("/status AV-0012 tersedia", new Command.SetStatus("AV-0012", "available", null)),
                Arguments.of(
                        "/status AV-0012 sold 0812-3456-7001",
                        new Command.SetStatus("AV-0012", "sold", phone("6281234567001"))),
                Arguments.of("/inventory", new Command.Inventory("")),
                Arguments.of("/inventory pajero sport", new Command.Inventory("pajero sport")),
                Arguments.of("stok avanza", new Command.Inventory("avanza")),
                Arguments.of("/stats", new Command.Stats(Period.TODAY)),
                Arguments.of("/stats week", new Command.Stats(Period.WEEK)),
                Arguments.of("laporan bulan ini", new Command.Stats(Period.MONTH)),
                Arguments.of(
                        "/reply 081234567001 Unitnya masih ada kak",
                        new Command.Reply(phone("6281234567001"), "Unitnya masih ada kak")),
                Arguments.of(
                        "/reply 0812 3456 7001 Siap, 2 unit ready",
                        new Command.Reply(phone("6281234567001"), "Siap, 2 unit ready")),
                Arguments.of(
                        "/reply 6281234567001 2 unit ready\nbisa lihat besok",
                        new Command.Reply(phone("6281234567001"), "2 unit ready\nbisa lihat besok")),
                Arguments.of("balas +62 812-3456-7001 ok kak", new Command.Reply(phone("6281234567001"), "ok kak")),
                Arguments.of("/reply 081234567001 #alamat", new Command.Reply(phone("6281234567001"), "#alamat")),
                Arguments.of(
                        "/catatan 0812 3456 7001 minta kredit 3 tahun",
                        new Command.Note(phone("6281234567001"), "minta kredit 3 tahun")),
                Arguments.of("/note 081234567001 sudah DP", new Command.Note(phone("6281234567001"), "sudah DP")),
                Arguments.of("/done 081234567001", new Command.Done(phone("6281234567001"))),
                Arguments.of("/help", new Command.Help()),
                Arguments.of("help", new Command.Help()),
                Arguments.of(
                        "tambah mobil Toyota Avanza 2019 150jt hitam",
                        new Command.Upload("Toyota Avanza 2019 150jt hitam")),
                Arguments.of("update status B1234XYZ sold", new Command.SetStatus("B1234XYZ", "sold", null)),
                Arguments.of("Ubah status AV-0012 booking", new Command.SetStatus("AV-0012", "booked", null)),
                Arguments.of("cek stok", new Command.Inventory("")),
                Arguments.of("cek stok avanza", new Command.Inventory("avanza")),
                Arguments.of("laporan", new Command.Stats(Period.TODAY)),
                Arguments.of("/uplod Toyota Avanza 2019 150jt", new Command.Upload("Toyota Avanza 2019 150jt")),
                Arguments.of("/uplaod Toyota Avanza 2019 150jt", new Command.Upload("Toyota Avanza 2019 150jt")),
                Arguments.of("/inventroy", new Command.Inventory("")));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void readsEachCommandCaseInsensitivelyWithOrWithoutSlash(String text, Command expected) {
        assertThat(PARSER.parse(text)).isEqualTo(new Valid(expected));
    }

    static Stream<Arguments> badArguments() {
        return Stream.of(
                Arguments.of("/status B1234XYZ", "/status B1234XYZ sold"),
                Arguments.of("/status mobil avanza gimana", "/status B1234XYZ sold"),
                Arguments.of("/status AV-0012 booked 0812345", "081234567890"),
                Arguments.of("/status AV-0012 sold bukan-nomor", "081234567890"),
                Arguments.of("/status AV-0012 booked 081234567001", "hanya dipakai untuk status sold"),
                Arguments.of("/stats tahun", "/stats week"),
                Arguments.of("/reply 081234567001", "/reply 081234567890"),
                Arguments.of("/reply halo kak", "/reply 081234567890"),
                Arguments.of("/catatan 081234567001", "/catatan 081234567890"),
                Arguments.of("/catatan minta kredit", "/catatan 081234567890"),
                Arguments.of("/done", "/done 081234567890"),
                Arguments.of("/done besok", "/done 081234567890"),
                Arguments.of("/verify 081234567001", "/help"),
                Arguments.of("/hapus AV-0012", "/help"));
    }

    @ParameterizedTest
    @MethodSource("badArguments")
    void aSlashCommandWithBadArgumentsGetsTheRightFormWithAnExample(String text, String example) {
        assertThat(PARSER.parse(text))
                .isInstanceOfSatisfying(
                        Invalid.class, i -> assertThat(i.reply()).contains(example));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "status mobil avanza gimana",
                "status avanza sold?",
                "Status kredit saya sudah disetujui belum",
                "kredit avanza berapa",
                "upload foto dong",
                "selesai kak, makasih",
                "batal jadi beli",
                "stok avanza masih ada gak?",
                "stats nya gimana hari ini bos",
                "reply dong kak",
                "done kak",
                "catatan 081234567001 minta kredit",
                "help saya cari mobil keluarga",
                "halo",
                "avanza 2019 ada?",
                "",
                "2019/2020 ada?",
                "tambah mobil lagi ga nih bulan ini?",
                "update status WA gw dong",
                "cek stok kopi di pantry dong, abis kayaknya",
                "laporan pajak pribadi gw blm kelar",
                "laporan nanti sore ya bos",
                "stok kopi di pantry abis, siapa yg mau nitip beli?"
            })
    void aMessageThatOnlyStartsLikeACommandWordIsNoCommand(String text) {
        assertThat(PARSER.parse(text)).isInstanceOf(NotACommand.class);
    }
}
