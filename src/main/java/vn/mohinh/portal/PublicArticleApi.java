package vn.mohinh.portal;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;
import vn.mohinh.commendation.PublicExemplars;
import vn.mohinh.initiative.PublicInitiatives;
import vn.mohinh.portal.PublishedArticles.ArticleSummary;
import vn.mohinh.portal.PublishedArticles.ArticleView;
import vn.mohinh.shared.web.ApiPage;
import vn.mohinh.shared.web.NotFoundException;
import vn.mohinh.shared.web.Paging;

/** Published articles whose time has come, for anyone (no sign-in, no token); newest first. */
@RestController
@RequestMapping("/api/v1/public/articles")
@Tag(name = "public", description = "The public portal's content: published models and articles, no sign-in needed")
class PublicArticleApi {

	private final PublishedArticles articles;
	private final PublicInitiatives initiatives;
	private final PublicExemplars exemplars;

	PublicArticleApi(PublishedArticles articles, PublicInitiatives initiatives, PublicExemplars exemplars) {
		this.articles = articles;
		this.initiatives = initiatives;
		this.exemplars = exemplars;
	}

	/** {@code coverUrl} is null without a cover. */
	record Item(long id, String slug, String title, String summary, String category, Instant publishedAt, boolean featured,
			String url, String coverUrl, String coverAlt) {

		static Item of(ArticleSummary a) {
			String url = "/portal/articles/" + PortalNews.encodeSlug(a.slug());
			return new Item(a.id(), a.slug(), a.title(), a.summary(), a.categoryCode(), a.publishedAt(), a.featured(), url,
					a.coverHash() == null ? null : url + "/cover", a.coverHash() == null ? null : a.coverAlt());
		}

	}

	/** An article with its sanitised HTML body and what it is about (ids of published models and public exemplars). */
	record Detail(Item article, String bodyHtml, String author, List<String> tags, List<Long> initiativeIds,
			List<String> localityCodes, List<Long> exemplarIds) {
	}

	@GetMapping
	ApiPage<Item> list(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return ApiPage.of(articles.search(q, category, Paging.of(page, size == null ? 20 : size, null)), Item::of);
	}

	@GetMapping("/{slug}")
	Detail one(@PathVariable String slug) {
		ArticleView a = articles.bySlug(slug).orElseThrow(() -> new NotFoundException("article", slug));
		// Only what the public may open: an unpublished model or exemplar is not even named by id.
		List<Long> models = initiatives.findAll(a.initiativeIds()).stream().map(PublicInitiatives.PublicInitiative::id).toList();
		List<Long> shown = a.exemplarIds().stream().filter(id -> exemplars.find(id).isPresent()).toList();
		return new Detail(Item.of(a.summary()), a.bodyHtml(), a.author(), a.tags(), models, a.localityCodes(), shown);
	}

}
