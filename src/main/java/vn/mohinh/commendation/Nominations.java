package vn.mohinh.commendation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Nominations extends JpaRepository<Nomination, Long>, JpaSpecificationExecutor<Nomination> {
}
