package vn.mohinh.organisation;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

import vn.mohinh.shared.text.VietnameseText;

/** Accent-insensitive text search on the folded {@code search_key} columns. */
final class Searching {

	private static final char ESCAPE = '\\';

	private Searching() {
	}

	/** Every word of {@code q} must occur, so "chi bo kon ray" finds "Chi bộ Mặt trận huyện Kon Rẫy". */
	static <T> Specification<T> matching(String attribute, String q) {
		String folded = VietnameseText.fold(q);
		if (folded.isBlank()) {
			return Specification.unrestricted();
		}
		String[] words = folded.split(" ");
		return (root, query, cb) -> {
			List<Predicate> all = new ArrayList<>();
			for (String word : words) {
				all.add(cb.like(root.get(attribute), "%" + escape(word) + "%", ESCAPE));
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
	}

	static <T> Specification<T> equal(String attribute, Object value) {
		return value == null ? Specification.unrestricted() : (root, query, cb) -> cb.equal(root.get(attribute), value);
	}

	/** The user typed "%" or "_" as text, not as a pattern. */
	static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
