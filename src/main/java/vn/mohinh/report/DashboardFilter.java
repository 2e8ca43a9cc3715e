package vn.mohinh.report;

import java.time.LocalDate;

/**
 * The dashboard's query parameters: an official locality code (blank: the user's whole scope) and
 * the period, typed dd/MM/yyyy; a malformed day is an error by its field.
 */
public class DashboardFilter {

	private String locality;
	private LocalDate from;
	private LocalDate to;

	public String getLocality() {
		return locality;
	}

	public void setLocality(String locality) {
		this.locality = locality;
	}

	public LocalDate getFrom() {
		return from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

	/** The default period: from 1 January three years ago to today. */
	void fillIn(LocalDate today) {
		if (to == null) {
			to = today;
		}
		if (from == null) {
			from = LocalDate.of(today.getYear() - 3, 1, 1);
		}
	}

}
