package no.fagflyt.council.meeting;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface MeetingRepository extends ListCrudRepository<Meeting, Long> {

    List<Meeting> findByBodyIdOrderByStartsAtDesc(long bodyId);

}
