package vn.mohinh.commendation;

import java.time.LocalDate;
import java.util.List;

/**
 * A commendation as the reports list it: the award (form or title; none for praise), the body, the
 * decision number (none for praise), the date, the year, the occasion, the reason, and the names of
 * the recipients inside the area asked about.
 */
public record CommendationEntry(long id, CommendationKind kind, AwardCategory category, Award award, String bodyName,
		BodyLevel bodyLevel, String decisionNumber, LocalDate recognisedOn, int year, String occasion, String reason,
		List<String> recipientNames) {

	public CommendationEntry {
		recipientNames = List.copyOf(recipientNames);
	}

}
