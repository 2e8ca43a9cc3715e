package vn.mohinh.portal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Articles extends JpaRepository<Article, Long>, JpaSpecificationExecutor<Article> {

	Optional<Article> findBySlug(String slug);

	boolean existsBySlug(String slug);

	boolean existsByCoverHash(String hash);

	@Query("""
			select distinct a from Article a join a.modelIds m
			where m in :ids and a.id <> :exclude and a.status = vn.mohinh.portal.ArticleStatus.PUBLISHED and a.publishedAt <= :now
			order by a.publishedAt desc, a.id desc""")
	List<Article> publishedAboutModels(@Param("ids") Collection<Long> ids, @Param("exclude") long exclude,
			@Param("now") Instant now, Pageable page);

	@Query("""
			select distinct a from Article a join a.localityCodes l
			where l in :codes and a.id <> :exclude and a.status = vn.mohinh.portal.ArticleStatus.PUBLISHED and a.publishedAt <= :now
			order by a.publishedAt desc, a.id desc""")
	List<Article> publishedAboutLocalities(@Param("codes") Collection<String> codes, @Param("exclude") long exclude,
			@Param("now") Instant now, Pageable page);

	@Query("""
			select distinct a from Article a join a.exemplarIds e
			where e = :id and a.status = vn.mohinh.portal.ArticleStatus.PUBLISHED and a.publishedAt <= :now
			order by a.publishedAt desc, a.id desc""")
	List<Article> publishedAboutExemplar(@Param("id") long id, @Param("now") Instant now, Pageable page);

}
