package nl.werkbank.app.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"01-09-2021", "1-9-2021", " 1/9/2021 ", "1.9.2021", "2021-09-01"})
    void readsTheWaysPeopleWriteADate(String text) {
        assertThat(DateText.parse(text)).contains(LocalDate.of(2021, 9, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "31-02-2021", "2021", "morgen", "01-13-2021", "1-9-21", "01-09-0021"})
    void refusesWhatIsNotAClearDate(String text) {
        assertThat(DateText.parse(text)).isEmpty();
    }
}
