package nl.werkbank.core.learning;

/** Where learning happens: individueel, team, organisatie. */
public enum LearningLevel {
    INDIVIDUAL,
    TEAM,
    ORGANIZATION
}
