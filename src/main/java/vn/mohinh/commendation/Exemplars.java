package vn.mohinh.commendation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Exemplars extends JpaRepository<Exemplar, Long>, JpaSpecificationExecutor<Exemplar> {
}
