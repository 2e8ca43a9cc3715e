package vn.mohinh.commendation;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One recipient of a commendation: what it is, its id in its own module, its name as commended (a
 * snapshot), and its place's path, which decides who sees it.
 */
@Embeddable
record Recipient(@Enumerated(EnumType.STRING) RecipientKind kind, long refId, String name, String scopePath) {

	/** The value of a form's checkbox: "MODEL:12". */
	String token() {
		return kind.name() + ":" + refId;
	}

}
