package vn.mohinh.commendation;

import java.time.LocalDate;
import java.util.List;

/** A line of the list: the recipients are those the user may see. */
record CommendationRow(long id, CommendationKind kind, AwardCategory category, Award award, String bodyName,
		BodyLevel bodyLevel, String decisionNumber, LocalDate recognisedOn, int year, String occasion, String movement,
		boolean withdrawn, List<String> recipientNames) {
}
