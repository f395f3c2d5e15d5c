package nl.werkbank.core.people;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.werkbank.core.common.DuplicateNameException;
import nl.werkbank.core.common.NotFoundException;
import nl.werkbank.core.common.Problem;
import nl.werkbank.core.common.ValidationException;
import nl.werkbank.core.common.Validator;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.Tombstones;

/** Organisations and their (effective-dated) partner status. */
public final class OrganizationService {

    private final Database db;
    private final Clock clock;

    public OrganizationService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** All organisations whose name contains {@code text}, with partner role on {@code date}. */
    public List<OrganizationRow> search(String text, LocalDate date) {
        return db.transaction(c -> OrganizationRepository.search(c, text == null ? "" : text, date));
    }

    public List<OrganizationRow> list() {
        return search("", LocalDate.now(clock));
    }

    public Organization get(UUID id) {
        return db.transaction(c -> OrganizationRepository.find(c, id))
                .orElseThrow(() -> new NotFoundException("organization", id));
    }

    public Organization create(String name, OrganizationType type, UUID parentId, boolean allowDuplicateName) {
        return save(Organization.create(name, type, parentId), allowDuplicateName);
    }

    /** Inserts or updates; refuses empty names and parent cycles, asks about duplicate names. */
    public Organization save(Organization organization, boolean allowDuplicateName) {
        Organization cleaned = organization.withName(Validator.clean(organization.name()));
        Validator validator = new Validator().requireName("name", cleaned.name())
                .required("type", cleaned.type(), "error.type.required");
        validator.throwIfInvalid();
        return db.transaction(c -> {
            checkParent(cleaned);
            if (!allowDuplicateName && OrganizationRepository.nameExists(c, cleaned.name(), cleaned.id())) {
                throw new DuplicateNameException(cleaned.name());
            }
            Instant now = clock.instant();
            if (OrganizationRepository.find(c, cleaned.id()).isPresent()) {
                OrganizationRepository.update(c, cleaned, now);
            } else {
                OrganizationRepository.insert(c, cleaned, now);
            }
            return OrganizationRepository.find(c, cleaned.id()).orElseThrow();
        });
    }

    /** Joins the caller's transaction. */
    private void checkParent(Organization organization) {
        Set<UUID> seen = new HashSet<>();
        seen.add(organization.id());
        UUID current = organization.parentId();
        while (current != null) {
            if (!seen.add(current)) {
                throw new ValidationException(Problem.of("parent", "error.organization.parentCycle"));
            }
            UUID parent = current;
            current = db.transaction(c -> OrganizationRepository.find(c, parent)).map(Organization::parentId).orElse(null);
        }
    }

    /** Deletes an organisation and its partnerships; refused while people's history or child organisations point to it. */
    public void delete(UUID id) {
        db.transaction(c -> {
            long affiliations = OrganizationRepository.affiliationCount(c, id);
            if (affiliations > 0) {
                throw new ValidationException(Problem.of("organization", "error.organization.inUse", affiliations));
            }
            long children = OrganizationRepository.childCount(c, id);
            if (children > 0) {
                throw new ValidationException(Problem.of("organization", "error.organization.hasChildren", children));
            }
            Instant now = clock.instant();
            for (Partnership partnership : PartnershipRepository.ofOrganization(c, id)) {
                Tombstones.record(c, "partnership", partnership.id(), now);
            }
            OrganizationRepository.delete(c, id);
            Tombstones.record(c, "organization", id, now);
            return null;
        });
    }

    /** The organisations screen's selection in one read: the organisation, its partner periods, possible parents. */
    public OrganizationDetails details(UUID organizationId) {
        return db.atomically(() -> new OrganizationDetails(get(organizationId), partnerships(organizationId),
                list().stream().map(OrganizationRow::organization).filter(o -> !o.id().equals(organizationId)).toList(),
                contactPerson(organizationId).orElse(null),
                db.transaction(c -> PersonRepository.search(c, "", java.time.LocalDate.now(clock))).stream()
                        .map(PersonRow::person).toList()));
    }

    public List<Partnership> partnerships(UUID organizationId) {
        return db.transaction(c -> PartnershipRepository.ofOrganization(c, organizationId));
    }

    /** The commitment of a partner period (hours per year, themes). */
    public PartnershipTerms terms(UUID partnershipId) {
        return db.transaction(c -> PartnershipRepository.terms(c, partnershipId))
                .orElseThrow(() -> new NotFoundException("partnership", partnershipId));
    }

    /** Saves a partner period with what the partner committed to in it, in one transaction. */
    public Partnership savePartnership(Partnership partnership, PartnershipTerms terms) {
        return db.atomically(() -> {
            Partnership saved = savePartnership(partnership);
            saveTerms(new PartnershipTerms(saved.id(), terms.committedHoursPerYear(), terms.themes()));
            return saved;
        });
    }

    /** Records what a partner committed to for a partner period; hours are per year, at most two decimals. */
    public PartnershipTerms saveTerms(PartnershipTerms terms) {
        String themes = Validator.clean(terms.themes());
        java.math.BigDecimal hours = terms.committedHoursPerYear();
        Validator validator = new Validator().maxLength("themes", themes, 500);
        if (hours != null && (hours.signum() < 0 || hours.compareTo(new java.math.BigDecimal("100000")) >= 0
                || hours.stripTrailingZeros().scale() > 2)) {
            validator.add(Problem.of("committedHours", "error.committedHours.invalid"));
        }
        validator.throwIfInvalid();
        PartnershipTerms cleaned = new PartnershipTerms(terms.partnershipId(), hours == null ? null : hours.setScale(2), themes);
        return db.transaction(c -> {
            if (!PartnershipRepository.saveTerms(c, cleaned, clock.instant())) {
                throw new NotFoundException("partnership", terms.partnershipId());
            }
            return PartnershipRepository.terms(c, terms.partnershipId()).orElseThrow();
        });
    }

    /** The organisation's contact person, printed on its own hours file. */
    public Optional<UUID> contactPerson(UUID organizationId) {
        return db.transaction(c -> OrganizationRepository.contactPerson(c, organizationId));
    }

    /** Every organisation's contact person's name, by organisation id. */
    public java.util.Map<UUID, String> contactNames() {
        return db.transaction(OrganizationRepository::contactNames);
    }

    /** Sets (or, with null, clears) the organisation's contact person. */
    public void setContactPerson(UUID organizationId, UUID personId) {
        db.transaction(c -> {
            if (!OrganizationRepository.setContactPerson(c, organizationId, personId, clock.instant())) {
                throw new NotFoundException("organization", organizationId);
            }
            return null;
        });
    }

    /** Every partnership of every organisation: the hours overview decides per line who was a partner that day. */
    public List<Partnership> allPartnerships() {
        return db.transaction(PartnershipRepository::all);
    }

    /** Inserts or updates a partnership; periods of one organisation may not overlap. */
    public Partnership savePartnership(Partnership partnership) {
        new Validator().required("from", partnership.from(), "error.date.fromRequired")
                .required("role", partnership.role(), "error.role.required")
                .range("to", partnership.from(), partnership.to())
                .throwIfInvalid();
        return db.transaction(c -> {
            for (Partnership other : PartnershipRepository.ofOrganization(c, partnership.organizationId())) {
                if (!other.id().equals(partnership.id()) && other.range().overlaps(partnership.range())) {
                    throw new ValidationException(Problem.of("from", "error.partnership.overlap", other.from(), other.to()));
                }
            }
            Instant now = clock.instant();
            if (PartnershipRepository.find(c, partnership.id()).isPresent()) {
                PartnershipRepository.update(c, partnership, now);
            } else {
                PartnershipRepository.insert(c, partnership, now);
            }
            return PartnershipRepository.find(c, partnership.id()).orElseThrow();
        });
    }

    public void deletePartnership(UUID id) {
        db.transaction(c -> {
            PartnershipRepository.delete(c, id);
            Tombstones.record(c, "partnership", id, clock.instant());
            return null;
        });
    }

    /** The partnership in force on {@code date}, if the organisation was a partner then. */
    public Optional<Partnership> partnershipOn(UUID organizationId, LocalDate date) {
        return db.transaction(c -> PartnershipRepository.on(c, organizationId, date));
    }

    /** Was the organisation a partner (or trekker) on {@code date}? */
    public boolean isPartnerOn(UUID organizationId, LocalDate date) {
        return partnershipOn(organizationId, date).isPresent();
    }
}
