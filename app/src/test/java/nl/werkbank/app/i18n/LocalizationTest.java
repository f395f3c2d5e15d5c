package nl.werkbank.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.werkbank.core.common.Problem;
import nl.werkbank.core.people.OrganizationType;
import org.junit.jupiter.api.Test;

class LocalizationTest {

    @Test
    void problemsReadAsPlainDutchWithDutchDates() {
        Localization nl = new Localization(Language.DUTCH);
        assertThat(nl.tr(Problem.of("to", "error.dates.toBeforeFrom", LocalDate.of(2021, 9, 1), LocalDate.of(2021, 8, 31))))
                .isEqualTo("De einddatum (31-08-2021) ligt voor de begindatum (01-09-2021). Vul een einddatum op of na 01-09-2021 in.");
        assertThat(nl.tr(Problem.of("from", "error.partnership.overlap", LocalDate.of(2020, 1, 1), null)))
                .contains("van 01-01-2020 tot en met heden");
    }

    @Test
    void enumsAndApostrophesInBothLanguages() {
        assertThat(new Localization(Language.DUTCH).tr(OrganizationType.MUNICIPALITY)).isEqualTo("Gemeente");
        assertThat(new Localization(Language.ENGLISH).tr(OrganizationType.RESIDENTS_ORGANIZATION)).isEqualTo("Residents' organisation");
        assertThat(new Localization(Language.DUTCH).tr("period.to.hint")).isEqualTo("Laat 'Tot en met' leeg als het nog loopt.");
    }

    @Test
    void countsAreNotFormattedWithThousandSeparators() {
        assertThat(new Localization(Language.DUTCH).tr("error.organization.inUse", 1200L)).contains("1200 dienstverband");
    }

    @Test
    void bigCountsCanBeGroupedAsEachLanguageWritesThem() {
        assertThat(new Localization(Language.DUTCH).count(270_860)).isEqualTo("270.860");
        assertThat(new Localization(Language.ENGLISH).count(270_860)).isEqualTo("270,860");
        assertThat(new Localization(Language.DUTCH).count(7)).isEqualTo("7");
    }
}
