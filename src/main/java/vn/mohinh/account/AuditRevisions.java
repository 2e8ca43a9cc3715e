package vn.mohinh.account;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

interface AuditRevisions extends Repository<AuditRevision, Long> {

	Page<AuditRevision> findAllByOrderByIdDesc(Pageable pageable);

	Page<AuditRevision> findByUsernameOrderByIdDesc(String username, Pageable pageable);

}
