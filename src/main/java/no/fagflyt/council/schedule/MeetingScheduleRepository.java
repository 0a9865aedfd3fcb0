package no.fagflyt.council.schedule;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface MeetingScheduleRepository extends ListCrudRepository<MeetingSchedule, Long> {

    Optional<MeetingSchedule> findByBodyId(long bodyId);

}
