package no.fagflyt.council.body;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface BodyRepository extends ListCrudRepository<Body, Long> {

    List<Body> findAllByOrderByOrganisationIdAscKindAscName();

}
