package nl.werkbank.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.werkbank.app.fx.Nav;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.learning.LearningForm;
import nl.werkbank.core.learning.LearningLevel;
import nl.werkbank.core.meetings.AttendanceStatus;
import nl.werkbank.core.meetings.MeetingMode;
import nl.werkbank.core.meetings.MeetingType;
import nl.werkbank.core.meetings.VisitorCategory;
import nl.werkbank.core.people.OrganizationType;
import nl.werkbank.core.people.PartnershipRole;
import nl.werkbank.core.teams.MembershipRole;
import org.junit.jupiter.api.Test;

/** Both languages have the same keys, every key the code uses exists, and no UI text is typed into the code. */
class LocalizationConsistencyTest {

    private static final Path APP_SOURCES = Path.of("src/main/java");
    private static final Path CORE_SOURCES = Path.of("../core/src/main/java");
    /** Keys read by picocli (not MessageFormat patterns). */
    private static final Pattern PICOCLI_KEYS = Pattern.compile("^(usage\\..*|werkbank\\..*|help|version|cli\\.option\\..*|cli\\.demo\\.replace|cli\\.info\\.json|cli\\.report\\.(period|from|to|out|perOrganisation)|cli\\.bench\\.repeats)$");

    private static final Pattern DEFINITION = Pattern.compile("^([A-Za-z0-9_.]+)\\s*=");

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("nl").stringPropertyNames()).isEqualTo(load("en").stringPropertyNames());
    }

    /** A key written twice silently keeps only the last text (once the --per-organisation help showed a result message). */
    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (String language : List.of("nl", "en")) {
            Set<String> seen = new TreeSet<>();
            List<String> twice = new ArrayList<>();
            try (InputStream in = messages(language)) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                    Matcher key = DEFINITION.matcher(line);
                    if (key.find() && !seen.add(key.group(1))) {
                        twice.add(key.group(1));
                    }
                }
            }
            assertThat(twice).as("keys defined twice in messages_" + language + ".properties").isEmpty();
        }
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws Exception {
        Set<String> used = new TreeSet<>();
        used.addAll(matches(APP_SOURCES, Pattern.compile("\\btr\\(\"([a-zA-Z0-9_.]*[a-zA-Z0-9_])\"")));
        used.addAll(matches(APP_SOURCES, Pattern.compile("\"([a-z]+\\.[a-zA-Z0-9_.]+\\.(?:label|prompt))\"")));
        used.addAll(matches(APP_SOURCES, Pattern.compile("descriptionKey = \"([a-zA-Z0-9_.]+)\"")));
        used.addAll(matches(CORE_SOURCES, Pattern.compile("\"((?:error|warning)\\.[a-zA-Z.]+)\"")));
        for (Enum<?>[] values : List.<Enum<?>[]>of(OrganizationType.values(), PartnershipRole.values(),
                MembershipRole.values(), Language.values(), MeetingType.values(), MeetingMode.values(),
                AttendanceStatus.values(), VisitorCategory.values(), LearningLevel.values(), LearningForm.values())) {
            for (Enum<?> value : values) {
                String type = value.getDeclaringClass().getSimpleName();
                used.add(Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + value.name());
            }
        }
        for (Nav nav : Nav.values()) {
            used.add("nav." + nav.name().toLowerCase());
        }
        for (Object step : Class.forName("nl.werkbank.app.meetings.MeetingStep").getEnumConstants()) {
            used.add("step." + ((Enum<?>) step).name());
        }
        for (AttendanceStatus status : AttendanceStatus.values()) {
            if (status != AttendanceStatus.UNKNOWN) {
                used.add("attendanceStatus.short." + status.name());
            }
        }
        // Every table `info` counts, read from a real, freshly migrated database.
        Path folder = Files.createTempDirectory("werkbank-i18n");
        try (Werkbank werkbank = Werkbank.open(folder)) {
            werkbank.info().recordCounts().keySet().forEach(table -> used.add("info.table." + table));
        }
        Set<String> defined = load("nl").stringPropertyNames();
        assertThat(used).as("keys used in code but missing in messages_nl.properties")
                .allSatisfy(key -> assertThat(defined).contains(key));
    }

    @Test
    void everyMessageIsAValidPatternInBothLanguages() throws IOException {
        for (String language : List.of("nl", "en")) {
            Properties messages = load(language);
            for (String key : messages.stringPropertyNames()) {
                if (PICOCLI_KEYS.matcher(key).matches()) {
                    continue;
                }
                String value = messages.getProperty(key);
                String formatted = new MessageFormat(value).format(new Object[] {"A", "B", "C", "D", "E", "F", "G", "H", "I", "J"});
                // A lone apostrophe silently swallows text in MessageFormat: write '' instead.
                assertThat(formatted).as(language + ": " + key).doesNotContain("{").doesNotContain("}");
                assertThat(value.replace("''", "")).as(language + ": " + key + " has a lone apostrophe").doesNotContain("'");
            }
        }
    }

    @Test
    void noUiTextIsHardCoded() throws IOException {
        Pattern literalText = Pattern.compile(
                "(new (Label|Button|ToggleButton|CheckBox|Tab|Menu|MenuItem|Tooltip|Text|ButtonType)"
                        + "|\\.(setText|setPromptText|setTitle|setHeaderText|setContentText|setAccessibleText))"
                        + "\\(\"[^\"]*\\p{L}[^\"]*\"");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(APP_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (literalText.matcher(lines.get(i)).find()) {
                        offenders.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(offenders).as("UI text must come from messages_*.properties").isEmpty();
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = messages(language)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> matches(Path root, Pattern pattern) throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    found.add(matcher.group(1));
                }
            }
        }
        return found;
    }

    private static InputStream messages(String language) {
        return LocalizationConsistencyTest.class.getResourceAsStream("/nl/werkbank/app/messages_" + language + ".properties");
    }
}
