package no.fagflyt.organisation.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface OrganisationRepository extends ListCrudRepository<Organisation, Long> {

    Optional<Organisation> findByName(String name);

    Optional<Organisation> findByOrgNumber(String orgNumber);

    List<Organisation> findAllByOrderByName();

}
