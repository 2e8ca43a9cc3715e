package vn.mohinh.initiative;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mohinh.shared.text.VietnameseText;

/**
 * What anyone may read of the models, signed in or not: published models only, and of them only the
 * public fields. Never the person in charge, the partners' people, the attached files or the
 * registration: those are personal or internal. Everything is paged; nothing depends on the user.
 */
@Service
@Transactional(readOnly = true)
public class PublicInitiatives {

	/** The most one page answers. */
	public static final int MAX_PAGE = 200;

	/** More communes than the whole country has (3,321 after 2025): the filter's list is bounded. */
	static final int MAX_COMMUNES = 5000;

	private final Initiatives initiatives;
	private final InitiativeTypes types;
	private final JdbcClient jdbc;

	PublicInitiatives(Initiatives initiatives, InitiativeTypes types, JdbcClient jdbc) {
		this.initiatives = initiatives;
		this.types = types;
		this.jdbc = jdbc;
	}

	/** A published model as the public sees it; {@code photos} in their order, each reachable by its index. */
	public record PublicInitiative(long id, String name, long typeId, String typeName, String communeCode,
			String communeName, List<String> villageNames, InitiativeStatus status, PilotLevel level, LocalDate startDate,
			String description, List<PublicTarget> targets, String leadOrganisationName, List<PublicPhoto> photos) {
	}

	public record PublicTarget(String description, String unit, BigDecimal targetValue, BigDecimal achievedValue) {
	}

	/** {@code index} is the photo's place among the model's photos (the public URL uses it, not the hash). */
	public record PublicPhoto(int index, String hash, String altText, MediaType mediaType, long size) {
	}

	/** A commune and how many published models run in it (the portal's figures). */
	public record CommuneCount(String communeCode, String communeName, long count) {
	}

	/** A type of model that at least one published model has, for the public filter. */
	public record TypeChoice(long id, String name) {
	}

	/** A published model's id and when it last changed (sitemaps). */
	public record Entry(long id, java.time.Instant updatedAt) {
	}

	/** Published models matching the words (accents ignored), commune code and type; Vietnamese order. */
	public Page<PublicInitiative> search(String q, String communeCode, Long typeId, Pageable pageable) {
		Pageable page = PageRequest.of(pageable.getPageNumber(), Math.min(Math.max(pageable.getPageSize(), 1), MAX_PAGE),
				InitiativeQuery.ORDER);
		Specification<Initiative> spec = published()
			.and(InitiativeQuery.filter(new InitiativeQuery.Criteria(null, typeId, null, null, null, q)));
		if (communeCode != null && !communeCode.isBlank()) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("communeCode"), communeCode.strip()));
		}
		Page<Initiative> found = initiatives.findAll(spec, page);
		return new PageImpl<>(views(found.getContent()), page, found.getTotalElements());
	}

	/**
	 * Models worth showing first: the published pilot points of the province, then of the district,
	 * each in name order (index ix_initiative_level).
	 */
	public List<PublicInitiative> featured(int n) {
		List<PublicInitiative> found = new ArrayList<>();
		for (PilotLevel level : List.of(PilotLevel.DIEM_CAP_TINH, PilotLevel.DIEM_CAP_HUYEN)) {
			int left = n - found.size();
			if (left <= 0) {
				break;
			}
			Specification<Initiative> spec = published()
				.and((root, query, cb) -> cb.equal(root.get("currentLevel"), level));
			found.addAll(views(initiatives.findAll(spec, PageRequest.of(0, left, InitiativeQuery.ORDER)).getContent()));
		}
		return List.copyOf(found);
	}

	public Optional<PublicInitiative> find(long id) {
		return initiatives.findById(id).filter(Initiative::published).map(i -> views(List.of(i)).get(0));
	}

	/** The published ones among these ids, in the order given (at most {@link #MAX_PAGE}). */
	public List<PublicInitiative> findAll(Collection<Long> ids) {
		if (ids == null || ids.isEmpty()) {
			return List.of();
		}
		List<Long> wanted = ids.stream().distinct().limit(MAX_PAGE).toList();
		Map<Long, PublicInitiative> byId = views(initiatives.findAllById(wanted).stream().filter(Initiative::published).toList())
			.stream().collect(Collectors.toMap(PublicInitiative::id, Function.identity()));
		return wanted.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
	}

	/** The {@code index}-th photo of a published model. */
	public Optional<PublicPhoto> photo(long id, int index) {
		return find(id).flatMap(m -> m.photos().stream().filter(p -> p.index() == index).findFirst());
	}

	/**
	 * Communes by their number of published models, most first (one grouped query on an index, V31);
	 * {@code limit} keeps the home page small at national scale.
	 */
	public List<CommuneCount> countsByCommune(int limit) {
		return jdbc.sql("""
				select commune_code, min(commune_name), count(*) from initiative where published = true
				group by commune_code order by count(*) desc, commune_code fetch first :limit rows only""")
			.param("limit", Math.max(limit, 0))
			.query((rs, n) -> new CommuneCount(rs.getString(1), rs.getString(2), rs.getLong(3)))
			.list();
	}

	/** Every commune with a published model, in Vietnamese order of its name (the public filter). */
	public List<CommuneCount> communes() {
		List<CommuneCount> all = new ArrayList<>(countsByCommune(MAX_COMMUNES));
		all.sort(VietnameseText.comparing(CommuneCount::communeName));
		return all;
	}

	/** The types some published model has, in Vietnamese order. */
	public List<TypeChoice> types() {
		List<Long> used = jdbc.sql("select distinct type_id from initiative where published = true").query(Long.class).list();
		return types.findAllById(used).stream().map(t -> new TypeChoice(t.id(), t.name()))
			.sorted(VietnameseText.comparing(TypeChoice::name)).toList();
	}

	public long countPublished() {
		return jdbc.sql("select count(*) from initiative where published = true").query(Long.class).single();
	}

	/** One page of published models by id (sitemaps): never the whole table. */
	public List<Entry> entries(int page, int size) {
		return jdbc.sql("select id, updated_at from initiative where published = true order by id offset :skip rows fetch first :size rows only")
			.param("skip", (long) Math.max(page, 0) * size).param("size", size)
			.query((rs, n) -> new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant())).list();
	}

	private static Specification<Initiative> published() {
		return (root, query, cb) -> cb.isTrue(root.get("published"));
	}

	private List<PublicInitiative> views(List<Initiative> models) {
		if (models.isEmpty()) {
			return List.of();
		}
		Map<Long, String> typeNames = new HashMap<>();
		types.findAllById(models.stream().map(Initiative::typeId).distinct().toList())
			.forEach(t -> typeNames.put(t.id(), t.name()));
		Map<Long, PublicInitiative> views = new LinkedHashMap<>();
		for (Initiative i : models) {
			List<String> villages = i.sites().stream().map(Site::villageName)
				.sorted(VietnameseText.comparing(Function.identity())).toList();
			List<PublicTarget> targets = i.targets().stream()
				.map(t -> new PublicTarget(t.description(), t.unit(), t.targetValue(), t.achievedValue())).toList();
			List<PublicPhoto> photos = new ArrayList<>();
			for (StoredFile f : i.files()) {
				if (f.isPhoto()) {
					photos.add(new PublicPhoto(photos.size(), f.sha256(), f.altText(), f.type().mediaType(),
							f.size() == null ? 0 : f.size()));
				}
			}
			views.put(i.id(), new PublicInitiative(i.id(), i.name(), i.typeId(), typeNames.getOrDefault(i.typeId(), ""),
					i.communeCode(), i.communeName(), villages, i.status(), i.currentLevel(), i.startDate(), i.description(),
					targets, i.lead() == null ? null : i.lead().name(), List.copyOf(photos)));
		}
		return List.copyOf(views.values());
	}

}
