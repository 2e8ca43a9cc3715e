package vn.mohinh.portal;

import org.springframework.stereotype.Component;

import vn.mohinh.shared.files.FileReferences;

/** Cover photos are referenced by articles, so the file store keeps them. */
@Component
class ArticleFileReferences implements FileReferences {

	private final Articles articles;

	ArticleFileReferences(Articles articles) {
		this.articles = articles;
	}

	@Override
	public boolean references(String hash) {
		return articles.existsByCoverHash(hash);
	}

}
