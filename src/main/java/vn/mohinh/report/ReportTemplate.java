package vn.mohinh.report;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import vn.mohinh.organisation.OrganisationKind;

/**
 * The official layout a report is written in, versioned by the day it takes effect (DESIGN.md §8):
 * Party bodies write as Hướng dẫn 36-HD/VPTW says, Front committees and the state as Nghị định
 * 30/2020/NĐ-CP says. A report uses the newest template of its family in force on its date (the issue
 * day, or today for a draft); a new guidance is one more constant with its own date, and reports
 * issued before it keep their layout. Margins in millimetres, sizes in points.
 */
enum ReportTemplate {

	/** Hướng dẫn 36-HD/VPTW ngày 03/04/2018 của Văn phòng Trung ương Đảng. */
	PARTY_HD36(true, LocalDate.of(2018, 4, 3), "36-HD/VPTW", 20, 20, 30, 15, 14),
	/** Nghị định 30/2020/NĐ-CP ngày 05/03/2020 về công tác văn thư. */
	STATE_ND30(false, LocalDate.of(2020, 3, 5), "30/2020/NĐ-CP", 20, 20, 30, 15, 14);

	static final Set<OrganisationKind> PARTY = Set.of(OrganisationKind.PARTY_CELL, OrganisationKind.PARTY_COMMITTEE,
			OrganisationKind.PARTY_STANDING_COMMITTEE, OrganisationKind.PROPAGANDA_BOARD);

	private final boolean party;
	private final LocalDate validFrom;
	private final String basis;
	private final int marginTop;
	private final int marginBottom;
	private final int marginLeft;
	private final int marginRight;
	private final int bodySize;

	ReportTemplate(boolean party, LocalDate validFrom, String basis, int top, int bottom, int left, int right, int body) {
		this.party = party;
		this.validFrom = validFrom;
		this.basis = basis;
		this.marginTop = top;
		this.marginBottom = bottom;
		this.marginLeft = left;
		this.marginRight = right;
		this.bodySize = body;
	}

	/** The template of an issuer's family in force on a day (the oldest one before any took effect). */
	static ReportTemplate of(OrganisationKind issuer, LocalDate on) {
		boolean isParty = PARTY.contains(issuer);
		List<ReportTemplate> family = java.util.Arrays.stream(values()).filter(t -> t.party == isParty)
			.sorted(Comparator.comparing(ReportTemplate::validFrom)).toList();
		ReportTemplate chosen = family.get(0);
		for (ReportTemplate t : family) {
			if (!on.isBefore(t.validFrom)) {
				chosen = t;
			}
		}
		return chosen;
	}

	/** "01-BC/CB" (Party, no colon after "Số") or "05/BC-MTTQ-BTT" (state and Front). */
	String numberText(int number, OrganisationKind issuer) {
		String n = number < 10 ? "0" + number : String.valueOf(number);
		return party ? n + "-BC/" + symbol(issuer) : n + "/BC-" + symbol(issuer);
	}

	/** "Số 01-BC/CB" or "Số: 05/BC-MTTQ-BTT". */
	String numberLine(String numberText) {
		return (party ? "Số " : "Số: ") + numberText;
	}

	/** The abbreviation of the issuing body in the number. */
	static String symbol(OrganisationKind kind) {
		return switch (kind) {
			case PARTY_CELL -> "CB";
			case PARTY_COMMITTEE, PARTY_STANDING_COMMITTEE -> "HU";
			case PROPAGANDA_BOARD -> "BTGHU";
			case FRONT_STANDING_BOARD -> "MTTQ-BTT";
			case FRONT_COMMITTEE, FRONT_OFFICE, FRONT_BOARD -> "MTTQ";
			case GOVERNMENT -> "UBND";
			case COURT -> "TA";
			case OTHER -> "CQ";
		};
	}

	/** The two lines above the signature: on behalf of whom, and the signer's office. */
	static List<String> signature(OrganisationKind kind) {
		return switch (kind) {
			case PARTY_CELL -> List.of("T/M CHI BỘ", "BÍ THƯ");
			case PARTY_COMMITTEE -> List.of("T/M BAN CHẤP HÀNH", "BÍ THƯ");
			case PARTY_STANDING_COMMITTEE -> List.of("T/M BAN THƯỜNG VỤ", "BÍ THƯ");
			case PROPAGANDA_BOARD -> List.of("T/M BAN TUYÊN GIÁO", "TRƯỞNG BAN");
			case FRONT_STANDING_BOARD, FRONT_OFFICE, FRONT_BOARD -> List.of("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH");
			case FRONT_COMMITTEE -> List.of("TM. ỦY BAN MẶT TRẬN TỔ QUỐC", "CHỦ TỊCH");
			case GOVERNMENT -> List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
			case COURT, OTHER -> List.of("THỦ TRƯỞNG CƠ QUAN", "");
		};
	}

	boolean party() { return party; }
	LocalDate validFrom() { return validFrom; }
	String basis() { return basis; }
	int marginTop() { return marginTop; }
	int marginBottom() { return marginBottom; }
	int marginLeft() { return marginLeft; }
	int marginRight() { return marginRight; }
	int bodySize() { return bodySize; }

}
