package nl.werkbank.core.meetings;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** A bijeenkomst of a werkteam, or of the Werkplaats as a whole when {@code teamId} is null. */
public record Meeting(UUID id, UUID teamId, MeetingType type, String title, LocalDate date, LocalTime start,
                      LocalTime end, MeetingMode mode, UUID venueId, String goals, String checkInQuestion,
                      String checkOutQuestion, Integer registrations, UUID organizerTeamId, String form, Instant createdAt,
                      Instant updatedAt) {

    public static Meeting create(UUID teamId, MeetingType type, LocalDate date, LocalTime start, LocalTime end,
                                 MeetingMode mode) {
        return new Meeting(UUID.randomUUID(), teamId, type, null, date, start, end, mode, null, null, null, null, null,
                null, null, null, null);
    }

    /** Length in minutes (end − start). */
    public int durationMinutes() {
        return (int) Duration.between(start, end).toMinutes();
    }

    public Meeting withTitle(String newTitle) {
        return new Meeting(id, teamId, type, newTitle, date, start, end, mode, venueId, goals, checkInQuestion,
                checkOutQuestion, registrations, organizerTeamId, form, createdAt, updatedAt);
    }

    public Meeting withPlan(MeetingType newType, LocalDate newDate, LocalTime newStart, LocalTime newEnd,
                            MeetingMode newMode, UUID newVenueId) {
        return new Meeting(id, teamId, newType, title, newDate, newStart, newEnd, newMode, newVenueId, goals,
                checkInQuestion, checkOutQuestion, registrations, organizerTeamId, form, createdAt, updatedAt);
    }

    public Meeting withGoals(String newGoals) {
        return new Meeting(id, teamId, type, title, date, start, end, mode, venueId, newGoals, checkInQuestion,
                checkOutQuestion, registrations, organizerTeamId, form, createdAt, updatedAt);
    }

    public Meeting withCheckInQuestion(String question) {
        return new Meeting(id, teamId, type, title, date, start, end, mode, venueId, goals, question,
                checkOutQuestion, registrations, organizerTeamId, form, createdAt, updatedAt);
    }

    public Meeting withRegistrations(Integer newRegistrations) {
        return new Meeting(id, teamId, type, title, date, start, end, mode, venueId, goals, checkInQuestion,
                checkOutQuestion, newRegistrations, organizerTeamId, form, createdAt, updatedAt);
    }

    /** A kenniscafé's organising werkteam and its form (klaslokaal, podium, dialoogtafel, …). */
    public Meeting withOrganizer(UUID newOrganizerTeamId, String newForm) {
        return new Meeting(id, teamId, type, title, date, start, end, mode, venueId, goals, checkInQuestion,
                checkOutQuestion, registrations, newOrganizerTeamId, newForm, createdAt, updatedAt);
    }

    /** The uitcheck question of this meeting; null or blank for the standard one. */
    public Meeting withCheckOutQuestion(String question) {
        return new Meeting(id, teamId, type, title, date, start, end, mode, venueId, goals, checkInQuestion,
                question, registrations, organizerTeamId, form, createdAt, updatedAt);
    }
}
