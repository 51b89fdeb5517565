package dev.grantry.service.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's configuration table is the operator's reference: it must say exactly what {@link Setting} does. */
class ReadmeSettingsTableTest {

    /** A row of the settings table: {@code | `ENV` | `property` | `default` or (none) | meaning |}. */
    private static final Pattern ROW = Pattern.compile(
            "^\\| `(GRANTRY_[A-Z0-9_]+)` \\| `(grantry\\.[^`]+)` \\| (?:`([^`]*)`|\\(none\\)) \\| (.+) \\|$");

    @Test
    void whenTheReadmeIsReadThenItsSettingsTableMatchesTheSettingEnumRowForRow() throws IOException {
        Map<String, List<String>> documented = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("..", "README.md"), StandardCharsets.UTF_8)) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                documented.put(
                        row.group(1), List.of(row.group(2), row.group(3) == null ? "" : row.group(3), row.group(4)));
            }
        }
        Map<String, List<String>> actual = new LinkedHashMap<>();
        Arrays.stream(Setting.values())
                .forEach(setting -> actual.put(
                        setting.environmentName(),
                        List.of(setting.key(), setting.defaultValue(), setting.description())));

        assertEquals(actual, documented);
    }
}
