package nl.werkbank.core.imports;

import nl.werkbank.core.meetings.AttendanceService;
import nl.werkbank.core.meetings.MeetingService;
import nl.werkbank.core.people.OrganizationService;
import nl.werkbank.core.people.PersonService;
import nl.werkbank.core.storage.Backups;

/** The services an import writes through, so it keeps their rules (validation, tombstones, affiliations). */
public record ImportServices(MeetingService meetings, AttendanceService attendance, PersonService people,
                      OrganizationService organizations, Backups backups) {
}
