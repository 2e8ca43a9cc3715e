package vn.mohinh.commendation;

import java.time.LocalDate;
import java.util.List;

/** An exemplar as its page and the API show it; the linked models and commendations are those in scope. */
record ExemplarView(long id, String kind, RecipientKind subjectKind, long subjectId, String subjectName, String title,
		List<String> paragraphs, boolean publishable, LocalDate publishableFrom, List<Link> models,
		List<Link> commendations, long version, boolean canEdit) {

	/** A linked record: its id and what to call it. */
	record Link(long id, String label) {
	}

	String story() {
		return String.join("\n", paragraphs);
	}

}
