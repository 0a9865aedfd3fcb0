package no.fagflyt.council.meeting;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ActionItemRepository extends ListCrudRepository<ActionItem, Long> {

    List<ActionItem> findByMeetingIdOrderById(long meetingId);

}
