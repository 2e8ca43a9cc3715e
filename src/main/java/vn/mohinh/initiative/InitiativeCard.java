package vn.mohinh.initiative;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A model as its page and the API show it, every part resolved. */
public record InitiativeCard(long id, String name, InitiativeTypeView type, String communeCode, String communeName,
		String placeText, List<Site> sites, LocalDate startDate, LocalDate endDate, List<YearLevel> levels,
		PilotLevel currentLevel, Ref lead, Ref personInCharge, List<Partner> partners, List<DocumentRef> documents,
		List<Target> targets, String description, boolean published, InitiativeStatus status, LocalDate statusOn,
		String statusReason, Lineage origin, List<Lineage> successors, List<Registration> registrations,
		List<StoredFile> files, List<EventView> events, String overlapReason, long version, boolean canEdit,
		boolean canRegister, LocalDateTime updatedAt) {

	/** A guiding document the model carries out. */
	public record DocumentRef(long id, String label, String title) {
	}

	/** One end of a lineage link: the other model, how they are related, its type and status, why (conversions). */
	public record Lineage(long id, String name, LineageRelation relation, String typeName, InitiativeStatus status,
			String communeName, String reason) {
	}

	public List<String> villageNames() {
		return sites.stream().map(Site::villageName).toList();
	}

	public List<StoredFile> photos() {
		return files.stream().filter(StoredFile::isPhoto).toList();
	}

	public boolean open() {
		return !status.closed();
	}

	/** The files with their index in the model's list (the download link's number). */
	public List<Indexed> indexedFiles() {
		return java.util.stream.IntStream.range(0, files.size()).mapToObj(i -> new Indexed(i, files.get(i))).toList();
	}

	public record Indexed(int index, StoredFile file) {
	}

}
