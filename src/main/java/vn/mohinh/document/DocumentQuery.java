package vn.mohinh.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

import vn.mohinh.shared.text.VietnameseText;

/** Filters of the document list: words (accents and case ignored), kind, year, and whether withdrawn ones show. */
record DocumentQuery(String q, DocumentKind kind, Integer year, boolean includeWithdrawn, Order order) {

	/** Newest first, or Vietnamese alphabetical order of the title. */
	enum Order {

		DATE, TITLE;

		Sort sort() {
			return this == TITLE ? Sort.by("sortKey", "id")
					: Sort.by(Sort.Order.desc("year"), Sort.Order.desc("issuedOn").nullsLast(), Sort.Order.desc("id"));
		}

	}

	DocumentQuery {
		order = order == null ? Order.DATE : order;
	}

	List<String> words() {
		String folded = VietnameseText.fold(q);
		return folded.isBlank() ? List.of() : Arrays.stream(folded.split(" ")).filter(w -> !w.isBlank()).toList();
	}

	Specification<GuidingDocument> filter() {
		return (root, query, cb) -> {
			List<Predicate> all = new ArrayList<>();
			for (String word : words()) {
				all.add(cb.like(root.get("searchKey"), "%" + escape(word) + "%", '\\'));
			}
			if (kind != null) {
				all.add(cb.equal(root.get("kind"), kind));
			}
			if (year != null) {
				all.add(cb.equal(root.get("year"), year));
			}
			if (!includeWithdrawn) {
				all.add(cb.isFalse(root.get("withdrawn")));
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
	}

	/** "%" and "_" typed by the user are letters, not wildcards. */
	private static String escape(String word) {
		return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
