package nl.werkbank.core.demo;

import static nl.werkbank.core.people.OrganizationType.ARTS_CULTURE;
import static nl.werkbank.core.people.OrganizationType.MUNICIPALITY;
import static nl.werkbank.core.people.OrganizationType.RESIDENTS_ORGANIZATION;
import static nl.werkbank.core.people.OrganizationType.SOCIAL_ENTERPRISE;
import static nl.werkbank.core.people.OrganizationType.UNIVERSITY_OF_APPLIED_SCIENCES;
import static nl.werkbank.core.people.OrganizationType.WELFARE_CARE;
import static nl.werkbank.core.teams.MembershipRole.CORE_MEMBER;
import static nl.werkbank.core.teams.MembershipRole.FACILITATOR;
import static nl.werkbank.core.teams.MembershipRole.MEMBER;
import static nl.werkbank.core.teams.MembershipRole.RESIDENT;
import static nl.werkbank.core.teams.MembershipRole.STUDENT;
import static nl.werkbank.core.teams.MembershipRole.TEACHER_RESEARCHER;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.common.Problem;
import nl.werkbank.core.common.ValidationException;
import nl.werkbank.core.people.Affiliation;
import nl.werkbank.core.people.Organization;
import nl.werkbank.core.people.OrganizationType;
import nl.werkbank.core.people.Partnership;
import nl.werkbank.core.people.PartnershipRole;
import nl.werkbank.core.people.Person;
import nl.werkbank.core.storage.Backup;
import nl.werkbank.core.storage.BackupReason;
import nl.werkbank.core.storage.GuardedAction;
import nl.werkbank.core.storage.DataTables;
import nl.werkbank.core.teams.Membership;
import nl.werkbank.core.teams.MembershipRole;
import nl.werkbank.core.teams.Team;

/**
 * The demo Werkplaats: the real organisations and the three werkteams 2020–2022 from the source
 * documents, with fictitious people. Partner changes follow the documents: Dordrecht and Schiedam
 * leave end 2018, Nissewaard and Vivenz join in 2019, ROGplus, Welzijn Capelle, CVD and DOCK in 2020.
 */
public final class DemoWerkplaats {

    static final LocalDate PERIOD_START = LocalDate.of(2020, 1, 1);
    static final LocalDate PERIOD_END = LocalDate.of(2022, 12, 31);
    private static final LocalDate WERKPLAATS_START = LocalDate.of(2016, 1, 1);

    private final Werkbank werkbank;
    private final Map<String, UUID> organizations = new HashMap<>();
    private final Map<String, UUID> teams = new HashMap<>();
    private final Iterator<String> names = DemoNames.take(60).iterator();

    private DemoWerkplaats(Werkbank werkbank) {
        this.werkbank = werkbank;
    }

    /**
     * Loads the demo. Refuses a database that holds data unless {@code replace} is set; then a backup
     * of everything is written to {@code backups/} in the data folder first, and its path returned.
     */
    public static Optional<Path> load(Werkbank werkbank, boolean replace) {
        boolean empty = werkbank.isEmpty();
        if (!empty && !replace) {
            throw new ValidationException(Problem.of("database", "error.demo.notEmpty"));
        }
        // Also on an empty database: the backup is what a crash halfway is undone with.
        Backup before = werkbank.backups().create(BackupReason.BEFORE_DEMO);
        Optional<Path> backup = empty ? Optional.empty() : Optional.of(before.file());
        // Wiping and loading are one transaction: a crash halfway leaves the old data, never a mix.
        GuardedAction.run(werkbank.database(), "demo", before, () -> werkbank.database().transaction(c -> {
            DataTables.wipe(werkbank.database());
            new DemoWerkplaats(werkbank).build();
            return null;
        }));
        return backup;
    }

    private void build() {
        organizations();
        teams();
        people();
        new DemoMeetings(werkbank).build(teams, organizations);
        new DemoProducts(werkbank).build(teams, organizations);
    }

    private void organizations() {
        lead("Hogeschool Rotterdam");
        lead("Hogeschool Inholland");
        partner("Gemeente Rotterdam", MUNICIPALITY, WERKPLAATS_START, null);
        partner("Gemeente Vlaardingen", MUNICIPALITY, WERKPLAATS_START, null);
        partner("BAR-organisatie", MUNICIPALITY, WERKPLAATS_START, null);
        partner("Gemeente Dordrecht", MUNICIPALITY, WERKPLAATS_START, LocalDate.of(2018, 12, 31));
        partner("Gemeente Schiedam", MUNICIPALITY, WERKPLAATS_START, LocalDate.of(2018, 12, 31));
        partner("Gemeente Nissewaard", MUNICIPALITY, LocalDate.of(2019, 1, 1), null);
        partner("Vivenz", WELFARE_CARE, LocalDate.of(2019, 1, 1), null);
        partner("ROGplus", WELFARE_CARE, PERIOD_START, null);
        partner("Welzijn Capelle", WELFARE_CARE, PERIOD_START, null);
        partner("CVD (Centrum voor Dienstverlening)", WELFARE_CARE, PERIOD_START, null);
        partner("DOCK", WELFARE_CARE, PERIOD_START, null);
        for (String municipality : List.of("Gemeente Barendrecht", "Gemeente Albrandswaard", "Gemeente Ridderkerk")) {
            organization(municipality, MUNICIPALITY, organizations.get("BAR-organisatie"));
        }
        organization("Brede Raad 010", RESIDENTS_ORGANIZATION, null);
        organization("Antes", WELFARE_CARE, null);
        organization("Enver", WELFARE_CARE, null);
        organization("Stichting MAIT", SOCIAL_ENTERPRISE, null);
        organization("Stichting Mano", SOCIAL_ENTERPRISE, null);
        organization("Stichting Welzijn Ouderen", WELFARE_CARE, null);
        organization("Stichting de Buurtbron", RESIDENTS_ORGANIZATION, null);
        organization("Rotterdams Wijktheater", ARTS_CULTURE, null);
        organization("Sociale Dienst Drechtsteden", MUNICIPALITY, null);
        organization("GGD Zuid-Holland Zuid", WELFARE_CARE, null);
        organization("ContourdeTwern", WELFARE_CARE, null);
    }

    private void lead(String name) {
        UUID id = organization(name, UNIVERSITY_OF_APPLIED_SCIENCES, null);
        werkbank.organizations().savePartnership(Partnership.create(id, PartnershipRole.LEAD, WERKPLAATS_START, null));
    }

    private void partner(String name, OrganizationType type, LocalDate from, LocalDate to) {
        UUID id = organization(name, type, null);
        werkbank.organizations().savePartnership(Partnership.create(id, PartnershipRole.PARTNER, from, to));
    }

    private UUID organization(String name, OrganizationType type, UUID parent) {
        Organization saved = werkbank.organizations().create(name, type, parent, false);
        organizations.put(name, saved.id());
        return saved.id();
    }

    private void teams() {
        team("AS", "Armoede en schulden", "Armoede en schulden",
                "Hoe combineren we financieel-juridische en sociale expertise in de gespreksvoering, zodat bewoners"
                        + " met een risico op schulden eerder en beter geholpen worden?", PERIOD_START);
        team("GS", "Gezond-sociaal", "Verbinding gezondheidsdomein en sociaal domein",
                "Wat kan het sociaal domein bijdragen aan versterking van preventie in het gezondheidsdomein?",
                PERIOD_START);
        team("MP", "Multiproblematiek", "Integrale samenwerking bij multiproblematiek",
                "Waardoor lukt het vaak niet om tot integrale samenwerking en maatwerk te komen, en wat helpt"
                        + " professionals daarbij?", LocalDate.of(2020, 9, 1));
    }

    private void team(String shortName, String name, String theme, String mission, LocalDate start) {
        Team team = werkbank.teams().create(name, false)
                .with(name, shortName, theme, "2020–2022", mission, start, PERIOD_END);
        teams.put(shortName, werkbank.teams().save(team, false).id());
    }

    private void people() {
        // Armoede en schulden: kerngroep from Rotterdam, Nissewaard and Welzijn Ouderen; Brede Raad joins later.
        member("AS", FACILITATOR, "Hogeschool Rotterdam", "Docentonderzoeker", PERIOD_START);
        member("AS", TEACHER_RESEARCHER, "Hogeschool Inholland", "Docentonderzoeker", PERIOD_START);
        UUID handedOver = member("AS", CORE_MEMBER, "Gemeente Rotterdam", "Adviseur vroegsignalering", PERIOD_START);
        member("AS", CORE_MEMBER, "Gemeente Rotterdam", "Beleidsadviseur armoede", PERIOD_START);
        member("AS", CORE_MEMBER, "Gemeente Nissewaard", "Beleidsmedewerker armoede en schulden", PERIOD_START);
        member("AS", CORE_MEMBER, "Stichting Welzijn Ouderen", "Directeur", PERIOD_START);
        member("AS", MEMBER, "Stichting Mano", "Ervaringsdeskundige", PERIOD_START);
        member("AS", MEMBER, "Stichting MAIT", "Directeur", PERIOD_START);
        member("AS", MEMBER, "Stichting de Buurtbron", "Coördinator", PERIOD_START);
        member("AS", MEMBER, "Rotterdams Wijktheater", "Theatermaker", PERIOD_START);
        member("AS", MEMBER, "Vivenz", "Schuldhulpverlener", PERIOD_START);
        member("AS", MEMBER, "Brede Raad 010", "Adviesraadlid", LocalDate.of(2021, 3, 1));
        member("AS", MEMBER, "Gemeente Nissewaard", "Schuldhulpverlener", LocalDate.of(2020, 9, 1));
        member("AS", STUDENT, null, "Student Sociaal Juridische Dienstverlening", LocalDate.of(2020, 9, 1));
        member("AS", STUDENT, null, "Student Social Work", LocalDate.of(2021, 9, 1));
        member("AS", RESIDENT, null, "Bewoner Rotterdam-Zuid", PERIOD_START);
        handOver("AS", handedOver, "Gemeente Rotterdam", "Adviseur vroegsignalering", LocalDate.of(2021, 9, 16));

        // Gezond-sociaal: kerngroep Capelle, ROGplus, Rotterdam, BAR and both hogescholen; Dordrecht, ContourdeTwern, GGD join.
        member("GS", FACILITATOR, "Hogeschool Inholland", "Docentonderzoeker", PERIOD_START);
        member("GS", TEACHER_RESEARCHER, "Hogeschool Rotterdam", "Lector-onderzoeker", PERIOD_START);
        UUID movesToRogplus = member("GS", CORE_MEMBER, "Welzijn Capelle", "Opbouwwerker", PERIOD_START);
        member("GS", CORE_MEMBER, "Welzijn Capelle", "Teamleider welzijn", PERIOD_START);
        member("GS", CORE_MEMBER, "ROGplus", "Wmo-consulent", PERIOD_START);
        member("GS", CORE_MEMBER, "Gemeente Rotterdam", "Beleidsadviseur gezondheid", PERIOD_START);
        UUID gsHandover = member("GS", CORE_MEMBER, "BAR-organisatie", "Beleidsadviseur Wmo", PERIOD_START);
        member("GS", MEMBER, "BAR-organisatie", "Preventiemedewerker", PERIOD_START);
        member("GS", MEMBER, "Gemeente Vlaardingen", "Beleidsmedewerker sociaal domein", PERIOD_START);
        member("GS", MEMBER, "Vivenz", "Sociaal werker", PERIOD_START);
        member("GS", MEMBER, "Gemeente Dordrecht", "Beleidsadviseur publieke gezondheid", LocalDate.of(2021, 1, 1));
        member("GS", MEMBER, "ContourdeTwern", "Opbouwwerker", LocalDate.of(2021, 1, 1));
        member("GS", MEMBER, "GGD Zuid-Holland Zuid", "Gezondheidsbevorderaar", LocalDate.of(2021, 1, 1));
        member("GS", MEMBER, "ROGplus", "Ouderenadviseur", LocalDate.of(2020, 9, 1));
        member("GS", STUDENT, null, "Student Social Work", LocalDate.of(2020, 9, 1));
        changeEmployer(movesToRogplus, "Welzijn Capelle", "ROGplus", LocalDate.of(2021, 3, 1));
        handOver("GS", gsHandover, "BAR-organisatie", "Beleidsadviseur Wmo", LocalDate.of(2022, 2, 1));

        // Multiproblematiek: starts September 2020; kerngroep formed end 2020.
        LocalDate mp = LocalDate.of(2020, 9, 1);
        member("MP", FACILITATOR, "Hogeschool Rotterdam", "Docentonderzoeker", mp);
        member("MP", TEACHER_RESEARCHER, "Hogeschool Inholland", "Docentonderzoeker", mp);
        member("MP", CORE_MEMBER, "Antes", "Ambulant hulpverlener", mp);
        member("MP", CORE_MEMBER, "Brede Raad 010", "Ervaringsdeskundige", mp);
        member("MP", CORE_MEMBER, "CVD (Centrum voor Dienstverlening)", "Maatschappelijk werker", mp);
        member("MP", MEMBER, "CVD (Centrum voor Dienstverlening)", "Teamleider", mp);
        member("MP", CORE_MEMBER, "DOCK", "Sociaal werker", mp);
        member("MP", MEMBER, "DOCK", "Wijkteammedewerker", mp);
        member("MP", CORE_MEMBER, "Enver", "Jeugdhulpverlener", mp);
        member("MP", CORE_MEMBER, "Sociale Dienst Drechtsteden", "Klantmanager", mp);
        UUID movesToCvd = member("MP", CORE_MEMBER, "Gemeente Rotterdam", "Wijkteammedewerker", mp);
        member("MP", MEMBER, "Gemeente Rotterdam", "Regisseur multiproblematiek", mp);
        member("MP", MEMBER, "Gemeente Nissewaard", "Casusregisseur", LocalDate.of(2021, 1, 1));
        member("MP", MEMBER, "Antes", "Verslavingsarts", LocalDate.of(2021, 1, 1));
        member("MP", STUDENT, null, "Student Toegepaste Psychologie", LocalDate.of(2021, 9, 1));
        changeEmployer(movesToCvd, "Gemeente Rotterdam", "CVD (Centrum voor Dienstverlening)", LocalDate.of(2021, 9, 1));

        // People with a history before 2020 and people outside the teams (coordination, kenniscafés).
        UUID schiedam = person("Gemeente Schiedam", "Beleidsadviseur wijkteams", LocalDate.of(2016, 1, 1));
        changeEmployer(schiedam, "Gemeente Schiedam", "Vivenz", LocalDate.of(2019, 1, 1));
        UUID dordrecht = person("Gemeente Dordrecht", "Beleidsmedewerker", LocalDate.of(2016, 1, 1));
        changeEmployer(dordrecht, "Gemeente Dordrecht", "Sociale Dienst Drechtsteden", LocalDate.of(2019, 3, 1));
        person("Hogeschool Rotterdam", "Coördinator Werkplaats", WERKPLAATS_START);
        person("Hogeschool Inholland", "Coördinator Werkplaats", WERKPLAATS_START);
        person("Gemeente Vlaardingen", "Teamleider jeugd", LocalDate.of(2017, 8, 1));
        // Armoede en schulden grew to more than twenty: a wijkcoach, a policy officer, a trainer, a theatre maker and a
        // resident joined.
        member("AS", MEMBER, "Gemeente Barendrecht", "Wijkcoach", PERIOD_START);
        member("AS", MEMBER, "Gemeente Ridderkerk", "Beleidsmedewerker schulddienstverlening", LocalDate.of(2021, 6, 1));
        person("DOCK", "Opbouwwerker", LocalDate.of(2015, 4, 1));
        person("Welzijn Capelle", "Directeur-bestuurder", LocalDate.of(2012, 5, 1));
        member("AS", MEMBER, "Stichting MAIT", "Trainer", LocalDate.of(2021, 9, 1));
        member("AS", MEMBER, "Rotterdams Wijktheater", "Artistiek leider", PERIOD_START);
        member("AS", RESIDENT, null, "Bewoner Vlaardingen", LocalDate.of(2021, 3, 1));
    }

    /** Creates a person affiliated from {@code from} and makes them a member of the team from {@code from}. */
    private UUID member(String team, MembershipRole role, String organization, String function, LocalDate from) {
        UUID person = person(organization, function, from.minusYears(2));
        werkbank.teams().saveMembership(Membership.create(teams.get(team), person, role, from, PERIOD_END));
        return person;
    }

    private UUID person(String organization, String function, LocalDate employedFrom) {
        Person person = werkbank.people().create(names.next(), null, function, false);
        if (organization != null) {
            werkbank.people().saveAffiliation(Affiliation.create(person.id(), organizations.get(organization), employedFrom, null));
        }
        return person.id();
    }

    private void changeEmployer(UUID person, String from, String to, LocalDate date) {
        Affiliation current = werkbank.people().affiliations(person).stream()
                .map(row -> row.affiliation())
                .filter(a -> a.organizationId().equals(organizations.get(from)) && a.to() == null)
                .findFirst().orElseThrow();
        werkbank.people().saveAffiliation(new Affiliation(current.id(), person, current.organizationId(), current.from(),
                date.minusDays(1), current.createdAt(), current.updatedAt()));
        werkbank.people().saveAffiliation(Affiliation.create(person, organizations.get(to), date, null));
    }

    /** Warme overdracht: a colleague of the same organisation takes over the membership. */
    private void handOver(String team, UUID predecessor, String organization, String function, LocalDate date) {
        UUID successor = person(organization, function, date.minusYears(3));
        Membership membership = werkbank.teams().memberships(teams.get(team)).stream()
                .map(member -> member.membership())
                .filter(m -> m.personId().equals(predecessor))
                .findFirst().orElseThrow();
        werkbank.teams().handOver(membership.id(), successor, date);
    }
}
