package no.fagflyt.council.meeting;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface AgendaItemRepository extends ListCrudRepository<AgendaItem, Long> {

    List<AgendaItem> findByMeetingIdOrderBySortOrder(long meetingId);

    boolean existsByApprovesMeetingId(long meetingId);

}
