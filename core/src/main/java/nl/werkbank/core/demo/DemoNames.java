package nl.werkbank.core.demo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Fictitious people for the demo. Names are combined from common first and last names, so no real
 * person from the source documents appears.
 */
final class DemoNames {

    private static final String[] FIRST = {
        "Sanne", "Ahmed", "Els", "Joost", "Fatima", "Ruud", "Mirjam", "Kofi", "Anouk", "Bram", "Yasmina", "Henk",
        "Lotte", "Mehmet", "Ingrid", "Daan", "Noor", "Pieter", "Samira", "Wim", "Femke", "Rachid", "Marloes", "Jeroen",
        "Esra", "Gerard", "Iris", "Tarik", "Annemiek", "Sven", "Latifa", "Koen", "Petra", "Youssef", "Nadia", "Martijn",
        "Hatice", "Rob", "Linda", "Dewi", "Thijs", "Chantal", "Mohamed", "Karin", "Stefan", "Zeynep", "Erik", "Miriam",
        "Jasper", "Soraya", "Hans", "Tessa", "Orlando", "Ellen", "Bilal", "Marieke", "Ricardo", "Janneke", "Vincent", "Ilse"
    };

    private static final String[] LAST = {
        "de Vries", "Bakker", "Jansen", "Visser", "El Amrani", "Smit", "Meijer", "Mensah", "de Boer", "Mulder",
        "Bouzid", "de Groot", "Bos", "Yılmaz", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer",
        "de Wit", "Dijkstra", "Kaya", "Koster", "van Dam", "Martina", "Prins", "Huisman", "Kramer", "Verhoeven"
    };

    private DemoNames() {
    }

    /** {@code count} distinct full names, the same every run. */
    static List<String> take(int count) {
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; names.size() < count; i++) {
            names.add(FIRST[i % FIRST.length] + " " + LAST[(i * 7 + i / LAST.length) % LAST.length]);
        }
        return new ArrayList<>(names);
    }
}
