package no.fagflyt.competence.framework;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface FrameworkVersionRepository extends ListCrudRepository<FrameworkVersion, Long> {

    List<FrameworkVersion> findByFrameworkIdOrderByNumberDesc(long frameworkId);

}
