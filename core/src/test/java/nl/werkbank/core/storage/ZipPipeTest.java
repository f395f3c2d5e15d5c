package nl.werkbank.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class ZipPipeTest {

    @Test
    void entriesComeOutInOrderWithTheirTextIntactAcrossChunks() throws IOException {
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 120_000; i++) {
            big.append("<c s=\"4\"><v>").append(i).append("</v></c>");
        }
        String names = "Zoë Çelik, Ĳsbrand, 𝔘nicode, café & ‘quotes’";
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        try (ZipPipe pipe = new ZipPipe(target)) {
            pipe.entry("first.xml");
            pipe.write(big.toString());
            pipe.entry("second.xml");
            pipe.write("<t>");
            pipe.write(names);
            pipe.write('>');
            pipe.entry("empty.xml");
        }

        Map<String, String> entries = unzip(target.toByteArray());
        assertThat(entries.keySet()).containsExactly("first.xml", "second.xml", "empty.xml");
        assertThat(entries.get("first.xml")).isEqualTo(big.toString());
        assertThat(entries.get("second.xml")).isEqualTo("<t>" + names + ">");
        assertThat(entries.get("empty.xml")).isEmpty();
    }

    @Test
    void wholeNumbersAreWrittenAsTheirDigits() throws IOException {
        int[] numbers = {0, 7, 10, -42, 44_926, Integer.MAX_VALUE, Integer.MIN_VALUE};
        StringBuilder expected = new StringBuilder();
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        try (ZipPipe pipe = new ZipPipe(target)) {
            pipe.entry("numbers.xml");
            for (int round = 0; round < 40_000; round++) {
                for (int number : numbers) {
                    pipe.write(number);
                    pipe.write(',');
                    expected.append(number).append(',');
                }
            }
        }
        assertThat(unzip(target.toByteArray()).get("numbers.xml")).isEqualTo(expected.toString());
    }

    @Test
    void bytesThroughTheStreamArriveIntactAcrossChunksAtTheChosenLevel() throws IOException {
        byte[] json = new byte[700_000];
        new java.util.Random(7).nextBytes(json);
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        try (ZipPipe pipe = new ZipPipe(target, java.util.zip.Deflater.DEFAULT_COMPRESSION)) {
            pipe.entry("werkbank.json");
            OutputStream out = pipe.stream();
            out.write(json[0]);
            // Pieces of awkward sizes (as a JSON generator flushes), so some straddle a chunk's end.
            for (int at = 1; at < json.length; at += 8_191) {
                out.write(json, at, Math.min(8_191, json.length - at));
            }
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(target.toByteArray()))) {
            ZipEntry entry = zip.getNextEntry();
            assertThat(entry.getName()).isEqualTo("werkbank.json");
            assertThat(zip.readAllBytes()).isEqualTo(json);
            assertThat(zip.getNextEntry()).isNull();
        }
    }

    @Test
    void aFailingDiskIsReportedAndTheCompressingThreadEnds() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        assertThatThrownBy(() -> {
            try (ZipPipe pipe = new ZipPipe(full)) {
                pipe.entry("sheet.xml");
                for (int i = 0; i < 200_000; i++) {
                    pipe.write("<row r=\"" + i + "\"><c><v>" + i * 31 + "</v></c></row>");
                }
            }
        }).isInstanceOf(IOException.class).hasMessageContaining("No space left");
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals(ZipPipe.THREAD_NAME) && t.isAlive());
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
