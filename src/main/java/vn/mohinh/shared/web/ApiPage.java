package vn.mohinh.shared.web;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/** The shape of every list the JSON API returns. */
public record ApiPage<T>(List<T> items, int page, int size, long total) {

	public static <E, T> ApiPage<T> of(Page<E> page, Function<E, T> mapper) {
		return new ApiPage<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements());
	}

}
