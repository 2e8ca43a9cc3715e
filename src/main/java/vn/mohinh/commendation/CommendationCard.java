package vn.mohinh.commendation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** A commendation as its page shows it: only the recipients in the user's scope (public for the templates). */
public record CommendationCard(long id, CommendationKind kind, AwardCategory category, Award award, Long bodyOrganisationId,
		String bodyName, BodyLevel bodyLevel, String decisionNumber, LocalDate recognisedOn, int year, String movement,
		String occasion, String reason, boolean withdrawn, String withdrawnReason, List<Recipient> recipients,
		String scanName, long version, boolean canEdit) {

	public boolean formal() {
		return kind == CommendationKind.FORMAL;
	}

	public List<String> reasonLines() {
		return reason == null ? List.of() : Arrays.stream(reason.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

}
