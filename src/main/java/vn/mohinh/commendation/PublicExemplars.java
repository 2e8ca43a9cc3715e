package vn.mohinh.commendation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What anyone may read of the exemplars: only those marked publishable whose publish date has come
 * (today in Vietnam), and of them only the title, the name, the story and the linked models (the
 * caller keeps the published ones). Never the commendations' decisions or the scope.
 */
@Service
@Transactional(readOnly = true)
public class PublicExemplars {

	public static final int MAX_PAGE = 200;

	private static final Sort ORDER = Sort.by("sortKey", "id");

	private final Exemplars exemplars;
	private final JdbcClient jdbc;
	private final Clock clock;

	@org.springframework.beans.factory.annotation.Autowired
	PublicExemplars(Exemplars exemplars, JdbcClient jdbc) {
		this(exemplars, jdbc, Clock.system(CommendationService.VIETNAM));
	}

	PublicExemplars(Exemplars exemplars, JdbcClient jdbc, Clock clock) {
		this.exemplars = exemplars;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A public exemplar's id and its publish date (sitemaps). */
	public record Entry(long id, LocalDate publishedOn) {
	}

	public long countPublic() {
		return jdbc.sql("select count(*) from exemplar where publishable = true and publishable_from <= ?")
			.param(LocalDate.now(clock)).query(Long.class).single();
	}

	/** One page of public exemplars by id (sitemaps): never the whole table (index ix_exemplar_public). */
	public List<Entry> entries(int page, int size) {
		return jdbc.sql("""
				select id, publishable_from from exemplar where publishable = true and publishable_from <= :today
				order by id offset :skip rows fetch first :size rows only""")
			.param("today", LocalDate.now(clock)).param("skip", (long) Math.max(page, 0) * size).param("size", size)
			.query((rs, n) -> new Entry(rs.getLong(1), rs.getObject(2, LocalDate.class))).list();
	}

	/** {@code paragraphs} are the story's, to be shown as plain text. */
	public record PublicExemplar(long id, String title, String name, List<String> paragraphs, List<Long> modelIds,
			LocalDate publishedOn) {
	}

	public Page<PublicExemplar> list(Pageable pageable) {
		Pageable page = PageRequest.of(pageable.getPageNumber(), Math.min(Math.max(pageable.getPageSize(), 1), MAX_PAGE),
				ORDER);
		return exemplars.findAll(due(), page).map(PublicExemplars::view);
	}

	public Optional<PublicExemplar> find(long id) {
		return exemplars.findById(id).filter(this::isDue).map(PublicExemplars::view);
	}

	/** The public exemplars that name this model (at most {@code n}). */
	public List<PublicExemplar> ofModel(long initiativeId, int n) {
		Specification<Exemplar> naming = (root, query, cb) -> cb.isMember(initiativeId, root.<List<Long>>get("modelIds"));
		return exemplars.findAll(due().and(naming), PageRequest.of(0, Math.max(n, 1), ORDER)).map(PublicExemplars::view)
			.getContent();
	}

	private boolean isDue(Exemplar e) {
		return e.publishable() && e.publishableFrom() != null && !e.publishableFrom().isAfter(LocalDate.now(clock));
	}

	private Specification<Exemplar> due() {
		LocalDate today = LocalDate.now(clock);
		return (root, query, cb) -> cb.and(cb.isTrue(root.get("publishable")),
				cb.lessThanOrEqualTo(root.get("publishableFrom"), today));
	}

	private static PublicExemplar view(Exemplar e) {
		return new PublicExemplar(e.id(), e.title(), e.subjectName(), e.paragraphs(), e.modelIds(), e.publishableFrom());
	}

}
