package nl.werkbank.core.demo;

import java.util.List;

/**
 * Decisions a werkteam in the sociaal domein could take, with their perspectives (+, 0, − and de andere
 * stem), a no with its reason, what the minority needs, and the final text.
 */
final class DemoDecisionTexts {

    /** question, plus, neutral, minus (andere stem), alternative, reason, condition 1, condition 2, decision. */
    static final List<String[]> DECISIONS = List.of(
            new String[] {"Starten we in september een inloopspreekuur in de wijk?",
                "Bewoners krijgen een vast punt waar ze terecht kunnen", "Past bij de wijkteams die er al zijn",
                "Wie niet durft binnen te lopen, bereiken we zo niet", "Eerst een pilot van drie maanden",
                "Te groot om meteen structureel te maken", "Evaluatie na drie maanden met bewoners erbij",
                "Ook huisbezoeken aanbieden", "We starten in september een inloopspreekuur, eerst drie maanden als pilot."},
            new String[] {"Herschrijven we de brief over betalingsachterstanden in B1-taal?",
                "Meer mensen reageren op tijd", "De juridische tekst moet wel kloppen",
                "Bewoners lezen de brief toch niet, bel ze liever op", "Alleen de eerste brief aanpassen",
                "De aanmaning is wettelijk vastgelegd", "Een bewoner leest mee voor de brief de deur uit gaat",
                "Juridische toets door de afdeling Belastingen", "We herschrijven de eerste brief in B1, met een bewoner als meelezer."},
            new String[] {"Nemen we ervaringsdeskundigen op in de kerngroep?",
                "Hun kennis maakt het gesprek echter", "Vraagt een vergoeding en begeleiding",
                "Het risico is dat zij een alibi worden", "Per experiment een ervaringsdeskundige betrekken",
                "Niet iedereen wil zich voor lange tijd binden", "Een vrijwilligersvergoeding regelen",
                "Een vast aanspreekpunt in het team", "Twee ervaringsdeskundigen treden toe tot de kerngroep, met vergoeding."},
            new String[] {"Gebruiken we de vroegsignalering van energieschulden in ons experiment?",
                "We zijn er eerder bij, voordat de schuld groot is", "De gegevens komen van de energieleverancier",
                "Mensen voelen zich bekeken", "Alleen met toestemming van de bewoner",
                "Privacy moet voorop staan", "Uitleg in gewone taal over welke gegevens we gebruiken",
                "Na een halfjaar bekijken wat het oplevert", "We doen mee aan vroegsignalering, alleen met toestemming."},
            new String[] {"Organiseren we het volgende kenniscafé samen met de bibliotheek?",
                "De bibliotheek trekt een ander publiek", "Zaal en koffie zijn geregeld",
                "We verliezen de sfeer van het buurthuis", "Om en om in de bibliotheek en het buurthuis",
                "Het buurthuis is voor veel bewoners vertrouwd", "De datum niet in de schoolvakantie",
                "Ook een online deel voor wie niet kan komen", "Het kenniscafé in maart is in de bibliotheek, het volgende weer in het buurthuis."},
            new String[] {"Delen we casussen voortaan geanonimiseerd in een gedeelde map?",
                "Iedereen kan zich beter voorbereiden", "Het kost tijd om ze te anonimiseren",
                "Ook geanonimiseerd kan een bewoner herkenbaar zijn", "Casussen alleen mondeling bespreken",
                "Dan blijft er niets op papier", "De map is alleen voor de kerngroep",
                "Na de bijeenkomst worden de stukken verwijderd", "Casussen worden geanonimiseerd gedeeld in een map van de kerngroep."});

    static final List<String> MEETING_ACTIONS = List.of(
            "Verslag rondsturen aan wie er niet was",
            "Wethouder uitnodigen voor het kenniscafé",
            "Casus voorbereiden voor de volgende bijeenkomst",
            "Contact leggen met de schuldhulpverlening van de gemeente",
            "Folder testen met twee bewoners",
            "Literatuur over transformatief leren delen");

    private DemoDecisionTexts() {
    }
}
