package no.fagflyt.competence.framework;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface FrameworkRepository extends ListCrudRepository<Framework, Long> {

    Optional<Framework> findByCode(String code);

}
