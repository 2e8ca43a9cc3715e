package vn.mohinh.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;

import vn.mohinh.evaluation.Rating;

/** An inspection as its page, its minutes and the API show it. */
public record InspectionCard(long id, long initiativeId, String initiativeName, long typeId, String typeName,
		String communeName, String placeText, LocalDate inspectedOn, InspectionKind kind, Long organisationId,
		String organisationName, List<TeamMember> team, List<Finding> findings, Rating rating, String generalFindings,
		String recommendations, List<FollowUp> actions, List<Photo> photos, BigDecimal latitude, BigDecimal longitude,
		Integer locationAccuracy, InspectionStatus status, LocalDate withdrawnOn, String withdrawnReason,
		String withdrawnBy, String recordedBy, LocalDateTime createdAt, LocalDateTime updatedAt, long version,
		boolean canEdit) {

	public boolean withdrawn() {
		return status == InspectionStatus.WITHDRAWN;
	}

	public boolean located() {
		return latitude != null && longitude != null;
	}

	/** Who signs for the team: the member whose role is Trưởng đoàn, else the first one. */
	public TeamMember leader() {
		return team.stream().filter(TeamMember::leads).findFirst().orElse(team.isEmpty() ? null : team.get(0));
	}

	/** The photos with their position (the download link's number). */
	public List<IndexedPhoto> indexedPhotos() {
		return IntStream.range(0, photos.size()).mapToObj(i -> new IndexedPhoto(i, photos.get(i))).toList();
	}

	public long openActions() {
		return actions.stream().filter(a -> !a.done()).count();
	}

	public record IndexedPhoto(int index, Photo photo) {
	}

}
