package vn.mohinh.shared.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Page requests with the limits every list shares, so no request loads a whole table. */
public final class Paging {

	public static final int DEFAULT_SIZE = 50;
	public static final int MAX_SIZE = 200;

	private Paging() {
	}

	public static Pageable of(Integer page, Integer size, Sort sort) {
		int s = size == null || size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
		// A page number past any real list (say ?page=2147483647) gives an empty page, not an offset overflow.
		int p = page == null || page < 0 ? 0 : Math.min(page, Integer.MAX_VALUE / s - 1);
		return PageRequest.of(p, s, sort == null ? Sort.unsorted() : sort);
	}

}
