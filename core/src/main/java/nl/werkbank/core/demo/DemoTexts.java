package nl.werkbank.core.demo;

import java.util.List;

/** Short, realistic texts for the demo's rounds, agendas and learning notes. */
final class DemoTexts {

    static final List<String> CHECK_INS = List.of(
            "Druk week gehad, fijn om hier even stil te staan.",
            "Kom net van een huisbezoek, hoofd zit nog vol.",
            "Nieuwsgierig naar het experiment van vandaag.",
            "Ik heb vandaag vooral ruimte nodig om te luisteren.",
            "Goede energie, onze wijkteams draaien weer.",
            "Wil graag sparren over een lastige casus.",
            "Eerste keer erbij, benieuwd hoe jullie werken.",
            "Blij dat we elkaar weer zien, al is het via een scherm.",
            "Ik neem een vraag mee van een collega.",
            "Moe, maar het onderwerp van vandaag motiveert me.");

    static final List<String> TAKEAWAYS = List.of(
            "Dat bewoners zelf vaak al weten wat helpt.",
            "Het verschil tussen bejegening en gespreksvoering.",
            "Dat we dezelfde regels anders uitleggen per gemeente.",
            "Een nieuwe werkvorm om met mijn team te proberen.",
            "Meer rust nemen aan het begin van een casus.",
            "Hoe een andere organisatie naar schulden kijkt.",
            "Dat de minderheid vaak iets belangrijks ziet.");

    static final List<String> INTENTIONS = List.of(
            "Folder testen met twee bewoners.",
            "De casus bespreken in mijn eigen team.",
            "Een collega van de schuldhulp uitnodigen.",
            "Het gesprek met de wijkregisseur aangaan.",
            "De vragenlijst voorleggen aan de kerngroep.",
            "Een keer meelopen bij het wijkteam.",
            "Het visiestuk delen met mijn leidinggevende.");

    static final List<String[]> AGENDA = List.of(
            new String[] {"Incheck", "Rondje", "15"},
            new String[] {"Terugblik voornemens", "Gesprek in tweetallen", "15"},
            new String[] {"Casus of experiment", "Intervisie", "45"},
            new String[] {"Besluiten en taken", "Deep Democracy", "20"},
            new String[] {"Uitcheck", "Rondje", "10"});

    static final List<String> LEARNING = List.of(
            "Het team ziet dat financieel-juridische en sociale expertise elkaar nodig hebben.",
            "Deelnemers nemen de werkvorm mee naar hun eigen overleg.",
            "Een bewoner liet zien hoe onze brieven overkomen; dat veranderde de discussie.",
            "Studenten en professionals leerden van elkaar over preventie.",
            "De organisatie past haar intake aan na het experiment.");

    /** Answers in an evaluation round, per question: what worked, what did not, how it can be better. */
    static final List<List<String>> EVALUATION = List.of(
            List.of("De vaste mix van gemeente, welzijn, hogeschool en bewoners aan één tafel.",
                    "Experimenten klein houden, zodat we snel konden leren.",
                    "De check-in: je weet waar iedereen staat voor we beginnen.",
                    "Studenten brachten frisse vragen mee."),
            List.of("Online bijeenkomsten waren te lang voor echte uitwisseling.",
                    "Acties bleven liggen als de trekker uitviel.",
                    "Bewoners haakten af als de taal te ambtelijk werd.",
                    "Te weinig tijd om resultaten terug te brengen naar de eigen organisatie."),
            List.of("Elke bijeenkomst eindigen met één concrete afspraak per organisatie.",
                    "Uitvallers persoonlijk bellen na twee keer afwezig.",
                    "Een korte samenvatting in gewone taal na elke bijeenkomst.",
                    "Leidinggevenden één keer per halfjaar uitnodigen."));

    private DemoTexts() {
    }

    /** Where a learning note landed. */
    static final List<String> FOLLOW_UPS = List.of(
            "Besproken in het eigen team; de werkwijze is aangepast.",
            "Opgenomen in de interne scholing voor nieuwe medewerkers.",
            "Meegenomen in het beleidsplan schuldhulpverlening.",
            "Gedeeld in het teamoverleg van de wijkteams.",
            "Verwerkt in het intakeformulier.",
            "Onderwerp van een lesdag in de opleiding Social Work.");
}
