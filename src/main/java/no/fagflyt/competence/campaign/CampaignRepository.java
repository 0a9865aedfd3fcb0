package no.fagflyt.competence.campaign;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface CampaignRepository extends ListCrudRepository<Campaign, Long> {

    List<Campaign> findByUnitIdInOrderByStartedAtDesc(Collection<Long> unitIds);

}
