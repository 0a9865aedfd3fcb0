package no.fagflyt.council.cases;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface EscalationRepository extends ListCrudRepository<Escalation, Long> {

    List<Escalation> findByCaseIdOrderByEscalatedOnAscIdAsc(long caseId);

}
