package vn.mohinh.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import vn.mohinh.account.AccountDirectory;
import vn.mohinh.account.Recipient;
import vn.mohinh.commendation.CommendationFigures;
import vn.mohinh.commendation.ExemplarEntry;
import vn.mohinh.initiative.InitiativeDirectory;
import vn.mohinh.initiative.InitiativeView;
import vn.mohinh.locality.LocalityDirectory;
import vn.mohinh.locality.LocalityView;
import vn.mohinh.locality.Scope;
import vn.mohinh.shared.demo.DemoSeed;
import vn.mohinh.shared.text.VietnameseText;

/**
 * The source article itself as a published, featured article of huyện Kon Rẫy, linked to the models
 * and communes it names; plus an invented article in review and a draft, so that the workflow shows.
 * Written by the district editor {@code huyen} and approved by the district leader {@code lanhdao},
 * at invented moments of 2021 (the article reports four years of a plan dated 24/01/2017).
 */
@Component
@Order(90)
class ArticleDemoData implements ApplicationRunner {

	private final Articles articles;
	private final InitiativeDirectory models;
	private final LocalityDirectory localities;
	private final CommendationFigures commendations;
	private final AccountDirectory accounts;
	private final DemoSeed seed;

	ArticleDemoData(Articles articles, InitiativeDirectory models, LocalityDirectory localities,
			CommendationFigures commendations, AccountDirectory accounts, DemoSeed seed) {
		this.articles = articles;
		this.models = models;
		this.localities = localities;
		this.commendations = commendations;
		this.accounts = accounts;
		this.seed = seed;
	}

	@Override
	public void run(ApplicationArguments args) {
		seed.loadOnce("articles", this::load);
	}

	private void load() {
		Properties text = properties("demo/articles.properties");
		// The model types the article names (FACTS.md).
		Set<String> namedTypes = Set.of(text.getProperty("source.modelTypes").split("\\s*;\\s*"));
		List<InitiativeView> named = new ArrayList<>();
		Page<InitiativeView> page = models.inScope(PageRequest.of(0, InitiativeDirectory.MAX_RESULTS));
		named.addAll(page.getContent());
		while (page.hasNext()) {
			page = models.inScope(page.nextPageable());
			named.addAll(page.getContent());
		}
		// The article's models: its types, in Kon Rẫy, begun by early 2021 (as the initiative demo data records them).
		named.removeIf(m -> !namedTypes.contains(m.name()) || m.startDate().isAfter(LocalDate.of(2021, 3, 31))
				|| !VietnameseText.fold(localities.address(m.communeId())).contains("kon ray"));
		if (named.isEmpty()) {
			return;
		}
		named = named.subList(0, Math.min(named.size(), Article.MAX_LINKS));
		Set<String> communeCodes = new LinkedHashSet<>();
		String districtPath = null;
		for (InitiativeView m : named) {
			LocalityView commune = localities.find(m.communeId()).orElseThrow();
			communeCodes.add(commune.code());
			if (districtPath == null && commune.parentId() != null) {
				districtPath = localities.find(commune.parentId()).map(LocalityView::path).orElse(null);
			}
		}
		String leader = accounts.find("lanhdao").map(Recipient::displayName).orElse("lanhdao");

		Article source = Article.write(content(text, "source", read("demo/article-kon-ray.html"), "mo-hinh-hay",
				named.stream().map(InitiativeView::id).toList(), List.copyOf(communeCodes), List.of()), districtPath, "huyen",
				false, at(2021, 6, 14, 15, 0));
		source.submit("huyen", at(2021, 6, 14, 16, 0));
		source.publish("lanhdao", leader, null, true, at(2021, 6, 15, 8, 0));
		articles.save(source);

		// Invented: the drug-free village of Tân Lập, linked to its model and to the commendation demo's exemplar.
		List<InitiativeView> drugFree = named.stream()
			.filter(m -> m.name().equals(text.getProperty("review.modelType"))
					&& m.villageNames().equals(List.of(text.getProperty("review.village")))).toList();
		List<Long> exemplar = commendations.exemplars(Scope.EVERYWHERE, LocalDate.of(2000, 1, 1), LocalDate.now()).stream()
			.filter(e -> e.title().equals(text.getProperty("review.exemplarTitle"))).map(ExemplarEntry::id).limit(1).toList();
		Article review = Article.write(content(text, "review", text.getProperty("review.body"), "guong-dien-hinh",
				drugFree.stream().map(InitiativeView::id).toList(),
				drugFree.stream().map(m -> localities.find(m.communeId()).orElseThrow().code()).toList(), exemplar),
				districtPath, "huyen", false, at(2021, 7, 1, 9, 0));
		review.submit("huyen", at(2021, 7, 1, 10, 0));
		articles.save(review);

		List<InitiativeView> chickens = named.stream().filter(m -> m.name().equals(text.getProperty("draft.modelType"))).toList();
		Article draft = Article.write(content(text, "draft", text.getProperty("draft.body"), "tin-tuc-su-kien",
				chickens.stream().map(InitiativeView::id).toList(),
				chickens.stream().map(m -> localities.find(m.communeId()).orElseThrow().code()).toList(), List.of()),
				districtPath, "huyen", false, at(2021, 7, 5, 14, 0));
		articles.save(draft);
	}

	private static Article.Content content(Properties text, String key, String body, String category, List<Long> modelIds,
			List<String> communeCodes, List<Long> exemplarIds) {
		return new Article.Content(text.getProperty(key + ".slug"), text.getProperty(key + ".title"),
				text.getProperty(key + ".summary"), body, text.getProperty(key + ".author"), category,
				Arrays.asList(text.getProperty(key + ".tags").split(";")), modelIds, communeCodes, exemplarIds, null);
	}

	private static Instant at(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(ArticleService.VIETNAM).toInstant();
	}

	private static String read(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Properties properties(String resource) {
		Properties p = new Properties();
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return p;
	}

}
