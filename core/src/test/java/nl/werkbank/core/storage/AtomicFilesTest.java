package nl.werkbank.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.werkbank.core.common.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports appear whole or not at all, and what an interrupted one left is gone at the next start. */
class AtomicFilesTest {

    @TempDir
    Path folder;

    @Test
    void aSetThatFailsHalfwayLeavesNothingAndKeepsThePreviousSet() throws IOException {
        Path set = folder.resolve("exports").resolve("In-kind uren 2022-H1 per organisatie");
        AtomicFolder.write(set, ".xlsx", dir -> {
            Files.writeString(dir.resolve("a.xlsx"), "old a");
            Files.writeString(dir.resolve("b.xlsx"), "old b");
        });
        assertThatThrownBy(() -> AtomicFolder.write(set, ".xlsx", dir -> {
            Files.writeString(dir.resolve("a.xlsx"), "new a");
            throw new IOException("disk full after the first file");
        })).isInstanceOf(IOException.class);
        try (var files = Files.list(set)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("a.xlsx", "b.xlsx");
        }
        assertThat(Files.readString(set.resolve("a.xlsx"))).isEqualTo("old a");
        try (var entries = Files.list(set.getParent())) {
            assertThat(entries).hasSize(1);
        }

        AtomicFolder.write(set, ".xlsx", dir -> Files.writeString(dir.resolve("c.xlsx"), "new c"));
        try (var files = Files.list(set)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("c.xlsx");
        }
    }

    @Test
    void aFolderWithOtherFilesIsRefused() throws IOException {
        Path mine = Files.createDirectories(folder.resolve("Documenten"));
        Files.writeString(mine.resolve("brief.docx"), "not ours");
        assertThatThrownBy(() -> AtomicFolder.write(mine, ".xlsx", dir -> { }))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems().get(0).key()).isEqualTo("error.folder.notASet"));
        assertThat(mine.resolve("brief.docx")).exists();
    }

    @Test
    void leftoversOfAnInterruptedExportAreRemovedAtTheNextStart() throws IOException {
        Path data = folder.resolve("data");
        Path exports = folder.resolve("exports");
        try (Database db = Database.open(data)) {
            AtomicFiles.write(exports.resolve("overzicht.xlsx"), out -> out.write(1));
        }
        // What a kill during the next export leaves: a hidden temp file and a half-built set.
        Path halfFile = Files.writeString(exports.resolve(AtomicFiles.TEMP_PREFIX + "overzicht.xlsx-123" + AtomicFiles.TEMP_SUFFIX), "half");
        Path halfSet = Files.createDirectories(exports.resolve(AtomicFiles.TEMP_PREFIX + "set-1" + AtomicFiles.TEMP_SUFFIX));
        Files.writeString(halfSet.resolve("a.xlsx"), "half");
        Path someoneElses = Files.writeString(exports.resolve(".other-app.tmp"), "keep");
        try (Database db = Database.open(data)) {
            assertThat(halfFile).doesNotExist();
            assertThat(halfSet).doesNotExist();
            assertThat(someoneElses).exists();
            assertThat(exports.resolve("overzicht.xlsx")).exists();
        }
    }
}
