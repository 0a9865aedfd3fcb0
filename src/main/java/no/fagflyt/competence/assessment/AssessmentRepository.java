package no.fagflyt.competence.assessment;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface AssessmentRepository extends ListCrudRepository<Assessment, Long> {

    Optional<Assessment> findByPersonIdAndFrameworkIdAndCompetenceCode(long personId, long frameworkId,
            String competenceCode);

}
