package vn.mohinh.organisation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Organisations extends JpaRepository<Organisation, Long>, JpaSpecificationExecutor<Organisation> {

	@Query("select o from Organisation o where o.parentId = :parentId order by o.sortKey, o.id")
	List<Organisation> findChildren(@Param("parentId") long parentId);

	/** Newest first, so that a name reused by a successor body finds the current one. */
	@Query("select o from Organisation o where o.name = :name order by o.validFrom desc nulls last, o.id desc")
	List<Organisation> findByName(@Param("name") String name);

}
