package nl.werkbank.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.werkbank.core.people.Organization;
import nl.werkbank.core.people.OrganizationType;
import org.junit.jupiter.api.Test;

class FieldMergeTest {

    private static final Instant OPENED = Instant.parse("2026-12-01T09:00:00Z");
    private static final Instant SYNCED = Instant.parse("2026-12-01T09:05:00Z");
    private final UUID id = UUID.randomUUID();
    private final Organization base = new Organization(id, "Vivenz", OrganizationType.WELFARE_CARE, null, OPENED, OPENED);

    @Test
    void theFormsChangeGoesOnTopOfWhatAnotherWriterStored() {
        UUID parent = UUID.randomUUID();
        Organization latest = new Organization(id, "Vivenz", OrganizationType.MUNICIPALITY, parent, OPENED, SYNCED);

        FieldMerge.Merged<Organization> merged = FieldMerge.merge(base, base.withName("Vivenz Zuid"), latest);

        assertThat(merged.merged()).isEqualTo(
                new Organization(id, "Vivenz Zuid", OrganizationType.MUNICIPALITY, parent, OPENED, SYNCED));
        assertThat(merged.fromElsewhere()).containsExactly("type", "parentId");
        assertThat(merged.clashes()).isEmpty();
    }

    @Test
    void aFieldBothChangedKeepsTheFormsValueAndIsNamed() {
        Organization latest = new Organization(id, "Vivenz Welzijn", OrganizationType.WELFARE_CARE, null, OPENED, SYNCED);

        FieldMerge.Merged<Organization> merged = FieldMerge.merge(base, base.withName("Vivenz Zuid"), latest);

        assertThat(merged.merged().name()).isEqualTo("Vivenz Zuid");
        assertThat(merged.clashes()).containsExactly("name");
        assertThat(merged.fromElsewhere()).isEmpty();
    }

    @Test
    void bothMakingTheSameChangeIsNoClash() {
        Organization latest = base.withName("Vivenz Zuid");

        FieldMerge.Merged<Organization> merged = FieldMerge.merge(base, base.withName("Vivenz Zuid"), latest);

        assertThat(merged.clashes()).isEmpty();
        assertThat(merged.fromElsewhere()).isEmpty();
    }

    @Test
    void nothingElsewhereGivesTheFormsRecord() {
        Organization edited = base.withName("Vivenz Zuid").withParentId(UUID.randomUUID());

        FieldMerge.Merged<Organization> merged = FieldMerge.merge(base, edited, base);

        assertThat(merged.merged()).isEqualTo(edited);
        assertThat(merged.fromElsewhere()).isEmpty();
        assertThat(merged.clashes()).isEmpty();
    }

    @Test
    void stampsAreNeitherDifferencesNorTakenFromTheForm() {
        Organization later = new Organization(id, "Vivenz", OrganizationType.WELFARE_CARE, null, OPENED, SYNCED);

        assertThat(FieldMerge.differences(base, later)).isEmpty();
        assertThat(FieldMerge.differences(base, later.withType(OrganizationType.OTHER))).containsExactly("type");
        assertThat(FieldMerge.merge(base, base.withName("X"), later).merged().updatedAt()).isEqualTo(SYNCED);
        assertThat(FieldMerge.withFields(later, base.withName("X"), List.of("name")))
                .isEqualTo(new Organization(id, "X", OrganizationType.WELFARE_CARE, null, OPENED, SYNCED));
    }
}
