package no.fagflyt.organisation.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface PersonRepository extends ListCrudRepository<Person, Long> {

    Optional<Person> findByOrganisationIdAndEmployeeNumber(long organisationId, String employeeNumber);

    List<Person> findByOrganisationId(long organisationId);

}
