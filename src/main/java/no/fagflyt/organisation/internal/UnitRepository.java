package no.fagflyt.organisation.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface UnitRepository extends ListCrudRepository<Unit, Long> {

    Optional<Unit> findByOrganisationIdAndCode(long organisationId, String code);

    List<Unit> findByOrganisationId(long organisationId);

}
