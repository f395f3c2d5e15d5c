package nl.werkbank.app.activity;

import java.util.List;
import nl.werkbank.core.people.Person;
import nl.werkbank.core.products.Product;
import nl.werkbank.core.teams.Team;

/** What the products register shows and offers: every product, the werkteams and the people (as authors). */
record ProductChoices(List<Product> products, List<Team> teams, List<Person> people) {
}
