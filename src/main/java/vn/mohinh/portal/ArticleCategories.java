package vn.mohinh.portal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The categories' catalogue (seeded by the migration); names come from messages article.category.<code>. */
@Component
class ArticleCategories {

	private final JdbcClient jdbc;

	ArticleCategories(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<String> codes() {
		return jdbc.sql("select code from article_category order by position, code").query(String.class).list();
	}

	boolean exists(String code) {
		return code != null
				&& jdbc.sql("select count(*) from article_category where code = ?").param(code).query(Long.class).single() > 0;
	}

}
