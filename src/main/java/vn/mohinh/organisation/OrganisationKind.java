package vn.mohinh.organisation;

/** Kinds of organisation the Front and the Party work with; labels live in the message files. */
public enum OrganisationKind {

	/** Ủy ban MTTQ Việt Nam. */
	FRONT_COMMITTEE,
	/** Ban Thường trực Ủy ban MTTQ Việt Nam. */
	FRONT_STANDING_BOARD,
	/** Cơ quan Ủy ban MTTQ Việt Nam (the office and its staff). */
	FRONT_OFFICE,
	/** Ban chuyên môn của Ủy ban MTTQ. */
	FRONT_BOARD,
	/** Chi bộ. */
	PARTY_CELL,
	/** Đảng bộ, Ban Chấp hành Đảng bộ (huyện ủy, tỉnh ủy). */
	PARTY_COMMITTEE,
	/** Ban Thường vụ. */
	PARTY_STANDING_COMMITTEE,
	/** Ban Tuyên giáo. */
	PROPAGANDA_BOARD,
	/** Tòa án nhân dân. */
	COURT,
	/** Ủy ban nhân dân. */
	GOVERNMENT,
	OTHER;

	/** A body of the Party, which numbers its documents per term (nhiệm kỳ) and uses the Party layout. */
	public boolean isParty() {
		return this == PARTY_CELL || this == PARTY_COMMITTEE || this == PARTY_STANDING_COMMITTEE
				|| this == PROPAGANDA_BOARD;
	}

	public boolean isPartyCell() {
		return this == PARTY_CELL;
	}

}
