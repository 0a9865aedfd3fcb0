package no.fagflyt.council.meeting;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface MeetingRepository extends ListCrudRepository<Meeting, Long> {

    List<Meeting> findByBodyIdOrderByStartsAtDesc(long bodyId);

    List<Meeting> findByBodyIdInAndStartsAtGreaterThanEqualOrderByStartsAt(Collection<Long> bodyIds,
            LocalDateTime from);

}
