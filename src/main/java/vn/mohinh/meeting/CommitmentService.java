package vn.mohinh.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mohinh.locality.Scope;
import vn.mohinh.locality.ScopeGuard;
import vn.mohinh.meeting.MeetingViews.CommitmentCard;
import vn.mohinh.meeting.MeetingViews.Gap;
import vn.mohinh.meeting.MeetingViews.MemberCommitment;
import vn.mohinh.organisation.OrganisationDirectory;
import vn.mohinh.organisation.OrganisationView;
import vn.mohinh.organisation.PersonView;
import vn.mohinh.shared.web.NotFoundException;

/**
 * The use cases of the party members' yearly commitments: a cell's page per year, registering one,
 * reviewing it at a meeting, and the members of an area who registered none. Scope on every path.
 */
@Service
@Transactional(readOnly = true)
class CommitmentService {

	private final Commitments commitments;
	private final Meetings meetings;
	private final OrganisationDirectory organisations;
	private final MeetingFigures figures;
	private final ScopeGuard scope;

	CommitmentService(Commitments commitments, Meetings meetings, OrganisationDirectory organisations,
			MeetingFigures figures, ScopeGuard scope) {
		this.commitments = commitments;
		this.meetings = meetings;
		this.organisations = organisations;
		this.figures = figures;
		this.scope = scope;
	}

	/** A cell (any organisation with party members) in scope, else 404. */
	OrganisationView cell(long id) {
		OrganisationView o = organisations.find(id).orElseThrow(() -> new NotFoundException("organisation", id));
		scope.requireReadable(o.scopePath());
		return o;
	}

	/** Every member of the cell with their commitment of the year, or none. */
	List<MemberCommitment> ofCell(long cellId, int year) {
		cell(cellId);
		List<PersonView> members = organisations.membersOf(cellId).stream().filter(PersonView::active).toList();
		Map<Long, Commitment> byPerson = members.isEmpty() ? Map.of()
				: commitments.findOf(members.stream().map(PersonView::id).toList(), year).stream()
					.collect(Collectors.toMap(Commitment::personId, Function.identity()));
		return members.stream().map(p -> new MemberCommitment(p.id(), p.fullName(), p.position(),
				byPerson.containsKey(p.id()) ? MeetingViews.card(byPerson.get(p.id())) : null)).toList();
	}

	CommitmentCard read(long id) {
		Commitment c = commitments.findById(id).orElseThrow(() -> new NotFoundException("commitment", id));
		scope.requireReadable(c.scopePath());
		return MeetingViews.card(c);
	}

	/** A member of the cell (else 404). */
	PersonView member(long cellId, long personId) {
		return organisations.membersOf(cellId).stream().filter(p -> p.id() == personId && p.active()).findFirst()
			.orElseThrow(() -> new NotFoundException("member", personId));
	}

	@Transactional
	long register(long cellId, long personId, Integer year, String items, LocalDate registeredOn) {
		OrganisationView cell = cell(cellId);
		scope.requireWritable(cell.scopePath());
		PersonView member = member(cellId, personId);
		Commitment.check(year, items, registeredOn);
		if (commitments.findOne(personId, year).isPresent()) {
			throw new MeetingRuleException("year", "commitment.error.duplicate", String.valueOf(year));
		}
		try {
			return commitments.saveAndFlush(Commitment.register(member, cell, year, items, registeredOn, Instant.now())).id();
		}
		catch (DataIntegrityViolationException raced) {
			throw new MeetingRuleException("year", "commitment.error.duplicate", String.valueOf(year));
		}
	}

	@Transactional
	void revise(long id, long version, String items, LocalDate registeredOn) {
		Commitment c = commitments.findById(id).orElseThrow(() -> new NotFoundException("commitment", id));
		scope.requireWritable(c.scopePath());
		c.requireVersion(version);
		c.revise(items, registeredOn);
		commitments.saveAndFlush(c);
	}

	@Transactional
	void review(long id, long version, ReviewKind kind, Long meetingId, LocalDate on, String assessment,
			ReviewResult result) {
		Commitment c = commitments.findById(id).orElseThrow(() -> new NotFoundException("commitment", id));
		scope.requireWritable(c.scopePath());
		c.requireVersion(version);
		if (meetingId != null) {
			Meeting m = meetings.findById(meetingId).filter(x -> x.organisationId().equals(c.organisationId()))
				.orElseThrow(() -> new MeetingRuleException("meetingId", "commitment.error.review.meeting"));
			if (on == null) {
				on = m.date();
			}
		}
		c.review(kind, meetingId, on, assessment, result);
		commitments.saveAndFlush(c);
	}

	/** The cell's meetings of the year, for the review form. */
	List<MeetingViews.MeetingSummaryRow> meetingsOf(long cellId, int year) {
		return figures.meetingsOf(cellId, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 31)).stream()
			.map(s -> new MeetingViews.MeetingSummaryRow(s.id(), s.date(), s.topic())).toList();
	}

	/**
	 * Active party members of the area with no commitment for the year, one page in id order; the
	 * members are walked in keyset batches, never loaded at once.
	 */
	Page<Gap> gaps(Scope area, int year, Pageable pageable) {
		long skip = pageable.getOffset();
		long total = 0;
		List<Gap> rows = new ArrayList<>();
		long after = 0;
		while (true) {
			List<PersonView> batch = organisations.partyMembersAfter(area, after, MeetingFigures.BATCH);
			if (batch.isEmpty()) {
				break;
			}
			Set<Long> committed = figures.committed(batch.stream().map(PersonView::id).toList(), year);
			for (PersonView p : batch) {
				if (committed.contains(p.id())) {
					continue;
				}
				if (total >= skip && rows.size() < pageable.getPageSize()) {
					rows.add(new Gap(p.id(), p.fullName(), p.position(), p.partyCellId()));
				}
				total++;
			}
			after = batch.get(batch.size() - 1).id();
		}
		return new PageImpl<>(rows, pageable, total);
	}

	Scope currentScope() {
		return scope.current();
	}

}
