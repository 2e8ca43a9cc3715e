package vn.mohinh.organisation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.TreeSet;
import java.util.SortedSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.SortNatural;

import org.hibernate.envers.Audited;

import vn.mohinh.locality.LocalityView;
import vn.mohinh.shared.text.VietnameseText;

/**
 * A body at a locality for a period: a Front committee or board, a Party cell or committee, a court.
 * It lives inside its locality's period and sits under a parent of the same or a containing locality.
 */
@Entity
@Table(name = "organisation")
@Audited
class Organisation {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
	@SequenceGenerator(name = "organisation_seq", sequenceName = "organisation_seq", allocationSize = 50)
	private Long id;

	private String name;

	@Enumerated(EnumType.STRING)
	private OrganisationKind kind;

	private Long localityId;

	private String scopePath;

	private Long parentId;

	private LocalDate validFrom;

	private LocalDate validTo;

	@Column(name = "search_key")
	private String searchKey;

	@Column(name = "sort_key")
	private String sortKey;

	/** The days its terms (nhiệm kỳ) began, for a Party body; each term ends when the next begins. */
	@ElementCollection
	@CollectionTable(name = "organisation_term", joinColumns = @JoinColumn(name = "organisation_id"))
	@Column(name = "starts_on")
	@SortNatural
	private SortedSet<LocalDate> termStarts = new TreeSet<>();

	@Version
	private long version;

	protected Organisation() {
	}

	/** A new organisation; every NOT NULL column is set here, before it is saved. */
	static Organisation found(String name, OrganisationKind kind, LocalityView locality, LocalDate validFrom,
			LocalDate validTo) {
		Organisation organisation = new Organisation();
		organisation.describe(name, kind, false);
		organisation.situate(locality, validFrom, validTo);
		return organisation;
	}

	/** Renames or reclassifies; a Party cell that people still belong to stays a Party cell. */
	void describe(String newName, OrganisationKind newKind, boolean hasCellMembers) {
		String cleaned = VietnameseText.clean(newName);
		if (cleaned == null || cleaned.isEmpty()) {
			throw new OrganisationRuleException("name", "organisation.rule.nameRequired");
		}
		if (newKind == null) {
			throw new OrganisationRuleException("kind", "organisation.rule.kindRequired");
		}
		if (kind == OrganisationKind.PARTY_CELL && newKind != OrganisationKind.PARTY_CELL && hasCellMembers) {
			throw new OrganisationRuleException("kind", "organisation.rule.cellHasMembers");
		}
		this.name = cleaned;
		this.kind = newKind;
		this.searchKey = cut(VietnameseText.fold(cleaned), 600);
		this.sortKey = VietnameseText.sortKey(cleaned);
	}

	/** Places the organisation at a locality for a period that lies within the locality's own. */
	void situate(LocalityView locality, LocalDate from, LocalDate to) {
		if (locality == null) {
			throw new OrganisationRuleException("localityId", "organisation.rule.localityRequired");
		}
		if (from != null && to != null && to.isBefore(from)) {
			throw new OrganisationRuleException("validTo", "organisation.rule.endBeforeStart");
		}
		if (from != null && locality.validFrom() != null && from.isBefore(locality.validFrom())) {
			throw new OrganisationRuleException("validFrom", "organisation.rule.beforeLocality");
		}
		// A body of an abolished unit ended with it at the latest (e.g. huyện Kon Rẫy on 30/06/2025).
		if (locality.validTo() != null && (to == null || to.isAfter(locality.validTo()))) {
			throw new OrganisationRuleException("validTo", "organisation.rule.outlivesLocality");
		}
		this.localityId = locality.id();
		this.scopePath = locality.path();
		this.validFrom = from;
		this.validTo = to;
	}

	/**
	 * Puts the organisation under a parent of the same or a containing locality whose period overlaps
	 * its own; {@code parentAncestorIds} are the parent's own ancestors, to refuse cycles.
	 */
	void placeUnder(Organisation parent, Collection<Long> parentAncestorIds) {
		if (parent == null) {
			this.parentId = null;
			return;
		}
		if (id != null && (id.equals(parent.id) || parentAncestorIds.contains(id))) {
			throw new OrganisationRuleException("parentId", "organisation.rule.parentCycle");
		}
		parent.checkMayContain(this);
		this.parentId = parent.id;
	}

	/** The rules a child must keep towards this organisation as its parent. */
	void checkMayContain(Organisation child) {
		if (!child.scopePath.startsWith(scopePath)) {
			throw new OrganisationRuleException("parentId", "organisation.rule.parentElsewhere");
		}
		boolean endedBefore = validTo != null && child.validFrom != null && child.validFrom.isAfter(validTo);
		boolean startedAfter = validFrom != null && child.validTo != null && validFrom.isAfter(child.validTo);
		if (endedBefore || startedAfter) {
			throw new OrganisationRuleException("parentId", "organisation.rule.parentNotValid");
		}
	}

	/**
	 * Records the day the current term (nhiệm kỳ) began. A later day begins a new term, keeping the
	 * earlier ones (issued documents are numbered in them); an earlier day corrects the current term
	 * as long as it stays after the previous one; a blank day changes nothing. Only Party bodies have terms.
	 */
	void beginTerm(LocalDate start) {
		if (start == null || termStarts.contains(start)) {
			return;
		}
		if (!kind.isParty()) {
			throw new OrganisationRuleException("termFrom", "organisation.rule.termPartyOnly");
		}
		if (validTo != null && start.isAfter(validTo)) {
			throw new OrganisationRuleException("termFrom", "organisation.rule.termAfterEnd");
		}
		if (!termStarts.isEmpty() && start.isBefore(termStarts.last())) {
			LocalDate current = termStarts.last();
			SortedSet<LocalDate> earlier = termStarts.headSet(current);
			if (!earlier.isEmpty() && !start.isAfter(earlier.last())) {
				throw new OrganisationRuleException("termFrom", "organisation.rule.termBeforePrevious");
			}
			termStarts.remove(current);
		}
		termStarts.add(start);
	}

	/** Its terms, oldest first: each ends the day before the next begins; the last is current (or ends with the body). */
	java.util.List<OrganisationDetails.Term> terms() {
		java.util.List<OrganisationDetails.Term> terms = new java.util.ArrayList<>();
		LocalDate previous = null;
		for (LocalDate start : termStarts) {
			if (previous != null) {
				terms.add(new OrganisationDetails.Term(previous, start.minusDays(1)));
			}
			previous = start;
		}
		if (previous != null) {
			terms.add(new OrganisationDetails.Term(previous, validTo));
		}
		return terms;
	}

	/** The first day of the current term, or null when none is recorded. */
	LocalDate currentTermFrom() {
		return termStarts.isEmpty() ? null : termStarts.last();
	}

	boolean validOn(LocalDate date) {
		return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
	}

	boolean isPartyCell() {
		return kind == OrganisationKind.PARTY_CELL;
	}

	OrganisationView view() {
		return new OrganisationView(id, name, kind, localityId, scopePath, parentId, validFrom, validTo);
	}

	private static String cut(String text, int max) {
		return text.length() > max ? text.substring(0, max) : text;
	}

	Long id() {
		return id;
	}

	String name() {
		return name;
	}

	OrganisationKind kind() {
		return kind;
	}

	Long localityId() {
		return localityId;
	}

	String scopePath() {
		return scopePath;
	}

	Long parentId() {
		return parentId;
	}

	LocalDate validFrom() {
		return validFrom;
	}

	LocalDate validTo() {
		return validTo;
	}

	long version() {
		return version;
	}

}
