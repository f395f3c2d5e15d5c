package nl.werkbank.core.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.people.Partnership;
import nl.werkbank.core.people.PartnershipTerms;
import nl.werkbank.core.products.Product;
import nl.werkbank.core.products.ProductType;
import nl.werkbank.core.teams.MembershipRole;

/**
 * What the Werkplaats made (blogs, podcast episodes, the inspiratiebundel) and what its partners committed to: in-kind
 * hours per year and the werkteams they take part in.
 */
final class DemoProducts {

    /** Type, title, date, the teams (short names) it came from. */
    private static final Object[][] PRODUCTS = {
        {ProductType.PODCAST_EPISODE, "Werkplaatspodcast 1: leren met bewoners", "2020-12-17", List.of("AS", "GS")},
        {ProductType.LINKEDIN_POST, "Wat de Doorbraakmethode ons leerde", "2021-02-01", List.of("MP")},
        {ProductType.BLOG, "Geldzorgen bespreekbaar maken", "2021-03-15", List.of("AS")},
        {ProductType.BLOG, "Positieve gezondheid in de wijk", "2021-05-20", List.of("GS")},
        {ProductType.PODCAST_EPISODE, "Werkplaatspodcast 3: schulden en schaamte", "2021-11-10", List.of("AS")},
        {ProductType.WORKSHEET, "Casuskaart multiproblematiek", "2022-03-10", List.of("MP")},
        {ProductType.PRESENTATION, "Preventie in het sociaal domein", "2022-04-21", List.of("GS")},
        {ProductType.INSPIRATION_BUNDLE, "Leren in de Werkplaats: inspiratiebundel", "2022-11-15", List.of("AS", "GS", "MP")},
    };

    private final Werkbank werkbank;

    DemoProducts(Werkbank werkbank) {
        this.werkbank = werkbank;
    }

    void build(Map<String, UUID> teams, Map<String, UUID> organizations) {
        int number = 1;
        for (Object[] product : PRODUCTS) {
            @SuppressWarnings("unchecked")
            List<UUID> from = ((List<String>) product[3]).stream().map(teams::get).toList();
            // Written by the procesbegeleider and the docentonderzoeker of the (first) team.
            List<UUID> authors = werkbank.teams().memberships(from.get(0)).stream()
                    .filter(m -> m.membership().role() == MembershipRole.FACILITATOR
                            || m.membership().role() == MembershipRole.TEACHER_RESEARCHER)
                    .map(m -> m.membership().personId()).toList();
            werkbank.products().save(Product.create((ProductType) product[0], (String) product[1],
                    LocalDate.parse((String) product[2]), from, authors)
                    .with("https://wsd.example/p/" + number++, null));
        }
        commit(organizations, "Hogeschool Rotterdam", "400", "Alle drie werkteams; coördinatie");
        commit(organizations, "Hogeschool Inholland", "400", "Alle drie werkteams; coördinatie");
        commit(organizations, "Gemeente Rotterdam", "160", "Armoede en schulden; Gezond-sociaal; Multiproblematiek");
        commit(organizations, "Gemeente Nissewaard", "80", "Armoede en schulden; Multiproblematiek");
        commit(organizations, "BAR-organisatie", "80", "Gezond-sociaal");
        commit(organizations, "Welzijn Capelle", "80", "Gezond-sociaal");
        commit(organizations, "ROGplus", "60", "Gezond-sociaal");
        commit(organizations, "CVD (Centrum voor Dienstverlening)", "80", "Multiproblematiek");
        commit(organizations, "DOCK", "80", "Multiproblematiek");
        commit(organizations, "Vivenz", "60", "Armoede en schulden; Gezond-sociaal");
    }

    /** The commitment of the organisation's partner period that is still running. */
    private void commit(Map<String, UUID> organizations, String name, String hoursPerYear, String themes) {
        Partnership running = werkbank.organizations().partnerships(organizations.get(name)).stream()
                .filter(p -> p.to() == null).reduce((first, second) -> second).orElseThrow();
        werkbank.organizations().saveTerms(new PartnershipTerms(running.id(), new BigDecimal(hoursPerYear), themes));
    }
}
