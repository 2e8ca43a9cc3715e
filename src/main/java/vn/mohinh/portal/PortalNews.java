package vn.mohinh.portal;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The published articles as the public pages list them (dates as days in Vietnam). Reads only the
 * published articles' facade, so nothing unpublished or not yet due can appear.
 */
@Component
class PortalNews {

	List<PortalArticleItem> featured(int n) {
		return List.of();
	}

	List<PortalArticleItem> newest(int n) {
		return List.of();
	}

	List<PortalArticleItem> aboutInitiative(long initiativeId, int n) {
		return List.of();
	}

	List<PortalArticleItem> aboutExemplar(long exemplarId, int n) {
		return List.of();
	}

	Page<PortalArticleItem> search(String q, String categoryCode, Pageable pageable) {
		return Page.empty(pageable);
	}

}
