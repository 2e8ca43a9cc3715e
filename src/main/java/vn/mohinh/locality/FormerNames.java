package vn.mohinh.locality;

import java.util.List;

import org.springframework.data.repository.Repository;

interface FormerNames extends Repository<FormerName, Long> {

	FormerName save(FormerName formerName);

	List<FormerName> findByLocalityIdOrderByValidToAsc(Long localityId);

}
