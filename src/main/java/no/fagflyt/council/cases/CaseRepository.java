package no.fagflyt.council.cases;

import org.springframework.data.repository.ListCrudRepository;

public interface CaseRepository extends ListCrudRepository<CouncilCase, Long> {

}
