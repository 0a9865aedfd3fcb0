package no.fagflyt.council.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import no.fagflyt.organisation.OrganisationDirectory;
import no.fagflyt.organisation.UnitKind;
import no.fagflyt.organisation.internal.Unit;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.Role;
import no.fagflyt.support.IntegrationTest;
import no.fagflyt.support.OrganisationFixture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class DemoBodiesTests {

    @Autowired
    DemoBodies demo;

    @Autowired
    OrganisationFixture fixture;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    CouncilBodies bodies;

    @Test
    void theDemoCouncilGetsOneRepresentativePerStaffedClinicAndFlagsTheRest() {
        Unit root = fixture.organisation("Demosykehus");
        Unit medical = fixture.unit(root, "Medisinsk klinikk", UnitKind.KLINIKK);
        fixture.unit(root, "Prehospital klinikk", UnitKind.KLINIKK);
        Unit section = fixture.unit(medical, "Kontortjeneste medisin", UnitKind.SEKSJON);
        fixture.person(section, "Mona", "Medisin");

        demo.load(directory.unit(root.id()));

        CurrentUser admin = new CurrentUser(-1, "admin", null, null, "Admin", java.util.Set.of(Role.ADMINISTRATOR),
                true, false);
        List<Body> created = bodies.visibleBodies(admin)
            .stream()
            .map(CouncilBodies.BodySummary::body)
            .filter(body -> body.organisationId() == root.organisationId())
            .toList();
        assertThat(created).extracting(Body::kind)
            .containsExactlyInAnyOrder(BodyKind.RAD, BodyKind.LEDERNETTVERK, BodyKind.NETTVERK,
                    BodyKind.FAGUTVIKLINGSGRUPPE);
        Body council = created.stream().filter(body -> body.kind() == BodyKind.RAD).findFirst().orElseThrow();
        List<Member> members = bodies.members(council.id());
        assertThat(members).singleElement().satisfies(member -> {
            assertThat(member.personName()).isEqualTo("Mona Medisin");
            assertThat(member.role()).isEqualTo(MemberRole.LEDER);
        });
        Composition composition = bodies.composition(council, members);
        assertThat(composition.clinicsWithoutRepresentative()).extracting(unit -> unit.name())
            .containsExactly("Prehospital klinikk");
        assertThat(composition.vacantSeats()).containsExactlyElementsOf(Seat.REQUIRED_FOR_COUNCIL);
    }

}
