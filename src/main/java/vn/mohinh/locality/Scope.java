package vn.mohinh.locality;

import java.util.List;

/**
 * The part of the locality tree a user may see: the subtrees under some path prefixes. A commune
 * created by the 2025 merger also covers the communes merged whole into it.
 */
public record Scope(boolean everywhere, List<String> prefixes) {

	public static final Scope EVERYWHERE = new Scope(true, List.of());

	public static final Scope NOWHERE = new Scope(false, List.of());

	public Scope {
		prefixes = List.copyOf(prefixes);
	}

	public boolean covers(String path) {
		if (everywhere) {
			return true;
		}
		return path != null && prefixes.stream().anyMatch(path::startsWith);
	}

}
