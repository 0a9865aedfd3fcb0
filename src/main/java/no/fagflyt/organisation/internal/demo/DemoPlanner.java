package no.fagflyt.organisation.internal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import no.fagflyt.organisation.OrganisationKind;
import no.fagflyt.organisation.internal.demo.DataPlan.AccountPlan;
import no.fagflyt.organisation.internal.demo.DataPlan.GrantPlan;
import no.fagflyt.organisation.internal.demo.DataPlan.OrganisationPlan;
import no.fagflyt.organisation.internal.demo.DataPlan.PersonPlan;
import no.fagflyt.organisation.internal.demo.DataPlan.PersonRef;
import no.fagflyt.platform.Role;

import static no.fagflyt.organisation.UnitKind.AVDELING;
import static no.fagflyt.organisation.UnitKind.DIVISJON;
import static no.fagflyt.organisation.UnitKind.HELSEFORETAK;
import static no.fagflyt.organisation.UnitKind.KLINIKK;
import static no.fagflyt.organisation.UnitKind.KOMMUNE;
import static no.fagflyt.organisation.UnitKind.SEKSJON;
import static no.fagflyt.organisation.UnitKind.STAB;
import static no.fagflyt.organisation.UnitKind.VIRKSOMHET;

/**
 * The demo installation: Sykehuset i Vestfold with its clinics and staff functions, and three partner
 * municipalities, about 300 people, and one account per role. Other code relies on the unit codes.
 */
final class DemoPlanner {

    static final String SIV = "Sykehuset i Vestfold HF";

    static final String TONSBERG = "Tønsberg kommune";

    static final String LARVIK = "Larvik kommune";

    static final String HOLMESTRAND = "Holmestrand kommune";

    private static final Work.Post HELSESEKRETAER = new Work.Post("HELSESEKRETAER", "Helsesekretær", 1);

    private final Random random;

    private final LocalDate referenceDate;

    private final Set<String> hprNumbers = new HashSet<>();

    /** People demo accounts are linked to: by unit code for its leader, by code#n for its n-th named post. */
    private final Map<String, PersonRef> keyPeople = new HashMap<>();

    DemoPlanner(long seed, LocalDate referenceDate) {
        this.random = new Random(seed);
        this.referenceDate = referenceDate;
    }

    DataPlan plan() {
        List<OrganisationPlan> organisations = List.of(
                organisation(SIV, OrganisationKind.HELSEFORETAK, "siv.no", 10001, siv()),
                organisation(TONSBERG, OrganisationKind.KOMMUNE, "tonsberg.kommune.no", 40001, tonsberg()),
                organisation(LARVIK, OrganisationKind.KOMMUNE, "larvik.kommune.no", 60001, larvik()),
                organisation(HOLMESTRAND, OrganisationKind.KOMMUNE, "holmestrand.kommune.no", 80001, holmestrand()));
        return new DataPlan(organisations, accounts());
    }

    private List<AccountPlan> accounts() {
        return List.of(new AccountPlan("admin", null, List.of(new GrantPlan(Role.ADMINISTRATOR, null, null))),
                account("leder", "MKK-MED-KONTOR", new GrantPlan(Role.LEDER, SIV, "MKK-MED-KONTOR")),
                account("ansatt", "MKK-MED-KONTOR#0"),
                account("fagutvikler", "MKK-MED-KONTOR#1",
                        new GrantPlan(Role.FAGUTVIKLINGSANSVARLIG, SIV, "MKK-MED-KONTOR")),
                account("klinikksjef", "MKK", new GrantPlan(Role.LEDER, SIV, "MKK")),
                account("bupleder", "PHR-BUP", new GrantPlan(Role.LEDER, SIV, "PHR-BUP")),
                account("radgiver", "STAB-AKU#0", new GrantPlan(Role.KOMPETANSERADGIVER, SIV, "SIV")),
                account("radsleder", "MKK-KIR-KONTOR", new GrantPlan(Role.RADSLEDER, null, null),
                        new GrantPlan(Role.RADSMEDLEM, null, null)),
                account("kommuneleder", "TBG-HJEM", new GrantPlan(Role.LEDER, TONSBERG, "TBG-HJEM")));
    }

    private AccountPlan account(String username, String personKey, GrantPlan... grants) {
        PersonRef person = keyPeople.get(personKey);
        if (person == null) {
            throw new IllegalStateException("No demo person " + personKey);
        }
        return new AccountPlan(username, person, List.of(grants));
    }

    private OrganisationPlan organisation(String name, OrganisationKind kind, String emailDomain,
            int firstEmployeeNumber, UnitDraft root) {
        PersonFactory factory = new PersonFactory(random, referenceDate, emailDomain, firstEmployeeNumber,
                hprNumbers);
        List<PersonPlan> people = new ArrayList<>();
        root.visit(unit -> {
            PersonPlan leader = factory.leader(unit.code, Work.leaderTitle(unit.kind));
            people.add(leader);
            keyPeople.put(unit.code, new PersonRef(name, leader.employeeNumber()));
            for (int n = 0; n < unit.named.size(); n++) {
                Work.Post post = unit.named.get(n);
                PersonPlan person = factory.current(unit.code, post.professionCode(), post.title());
                people.add(person);
                keyPeople.put(unit.code + "#" + n, new PersonRef(name, person.employeeNumber()));
            }
            for (int n = 0; n < unit.staff && unit.work != null; n++) {
                Work.Post post = unit.work.draw(random);
                people.add(factory.any(unit.code, post.professionCode(), post.title()));
            }
        });
        return new OrganisationPlan(name, kind, null, root.toPlan(), List.copyOf(people));
    }

    private static UnitDraft unit(String code, String name, UnitUse use) {
        return new UnitDraft(code, name, use.kind, use.work, use.staff, use.named);
    }

    /** Kind, work and staffing of a unit, to keep the tree below readable. */
    private record UnitUse(no.fagflyt.organisation.UnitKind kind, Work work, int staff, List<Work.Post> named) {
    }

    private static UnitUse use(no.fagflyt.organisation.UnitKind kind, Work work, int staff, Work.Post... named) {
        return new UnitUse(kind, work, staff, List.of(named));
    }

    private static UnitUse led(no.fagflyt.organisation.UnitKind kind) {
        return new UnitUse(kind, Work.STAB, 0, List.of());
    }

    private static UnitDraft siv() {
        return unit("SIV", SIV, led(HELSEFORETAK)).add(
                unit("MKK", "Medisinsk- og kirurgisk klinikk", led(KLINIKK)).add(
                        unit("MKK-MED", "Medisinsk avdeling",
                                use(AVDELING, Work.STAB, 0, new Work.Post("LEDER", "Assisterende avdelingsleder", 1)))
                            .add(unit("MKK-MED-KONTOR", "Kontortjeneste medisin",
                                    use(SEKSJON, Work.KONTOR, 2, Collections.nCopies(12, HELSESEKRETAER)
                                        .toArray(Work.Post[]::new))),
                                    unit("MKK-MED-SENG", "Medisinsk sengepost", use(SEKSJON, Work.SENGEPOST, 16)),
                                    unit("MKK-MED-POLI", "Medisinsk poliklinikk", use(SEKSJON, Work.POLIKLINIKK, 8))),
                        unit("MKK-KIR", "Kirurgisk avdeling", led(AVDELING)).add(
                                unit("MKK-KIR-KONTOR", "Kontortjeneste kirurgi", use(SEKSJON, Work.KONTOR, 9)),
                                unit("MKK-KIR-SENG", "Kirurgisk sengepost", use(SEKSJON, Work.SENGEPOST, 12))),
                        unit("MKK-ORT", "Ortopedisk avdeling", led(AVDELING)).add(
                                unit("MKK-ORT-KONTOR", "Kontortjeneste ortopedi", use(SEKSJON, Work.KONTOR, 7))),
                        unit("MKK-BUA", "Barne- og ungdomsavdelingen", led(AVDELING)).add(
                                unit("MKK-BUA-KONTOR", "Kontortjeneste barn og unge", use(SEKSJON, Work.KONTOR, 5)))),
                unit("PHR", "Klinikk for psykisk helse og rusbehandling", led(KLINIKK)).add(
                        unit("PHR-BUP", "Barne- og ungdomspsykiatrisk avdeling (BUP)", led(AVDELING)).add(
                                unit("PHR-BUP-KONTOR", "Kontortjeneste BUP", use(SEKSJON, Work.KONTOR, 6)),
                                unit("PHR-BUP-POLI", "BUP poliklinikk Tønsberg",
                                        use(SEKSJON, Work.PSYKISK_HELSE, 10))),
                        unit("PHR-DPS", "Distriktspsykiatrisk avdeling (DPS)", led(AVDELING)).add(
                                unit("PHR-DPS-KONTOR", "Kontortjeneste DPS", use(SEKSJON, Work.KONTOR, 6)),
                                unit("PHR-DPS-POLI", "DPS allmennpoliklinikk", use(SEKSJON, Work.PSYKISK_HELSE, 9))),
                        unit("PHR-RUS", "Avdeling for rusbehandling", use(AVDELING, Work.PSYKISK_HELSE, 6))),
                unit("FMR", "Klinikk for fysikalsk medisin og rehabilitering", led(KLINIKK)).add(
                        unit("FMR-REH", "Rehabiliteringsavdelingen", use(AVDELING, Work.REHABILITERING, 10)),
                        unit("FMR-KONTOR", "Kontortjeneste rehabilitering", use(SEKSJON, Work.KONTOR, 4))),
                unit("KMD", "Klinikk for medisinsk diagnostikk", led(KLINIKK)).add(
                        unit("KMD-LAB", "Avdeling for medisinsk biokjemi", use(AVDELING, Work.LABORATORIUM, 10)),
                        unit("KMD-RAD", "Radiologisk avdeling", use(AVDELING, Work.RADIOLOGI, 7)),
                        unit("KMD-KONTOR", "Kontortjeneste diagnostikk", use(SEKSJON, Work.KONTOR, 5))),
                unit("PRE", "Prehospital klinikk", led(KLINIKK)).add(
                        unit("PRE-AMK", "AMK-sentralen", use(AVDELING, Work.AMK, 6)),
                        unit("PRE-AMB", "Ambulanseavdelingen", use(AVDELING, Work.AMBULANSE, 8)),
                        unit("PRE-KONTOR", "Kontortjeneste prehospital", use(SEKSJON, Work.KONTOR, 2))),
                unit("SERV", "Servicedivisjonen", led(DIVISJON)).add(
                        unit("SERV-LOG", "Avdeling for intern logistikk", led(AVDELING)).add(
                                unit("SERV-LOG-PORT", "Portørtjenesten", use(SEKSJON, Work.PORTOR, 10))),
                        unit("SERV-APO", "Sykehusapoteket", led(AVDELING)).add(
                                unit("SERV-APO-PROD", "Legemiddelproduksjon", use(SEKSJON, Work.APOTEK, 8))),
                        unit("SERV-DOK", "Dokumentasjonssenteret", use(SEKSJON, Work.DOKUMENTSENTER, 6))),
                unit("STAB-FOF", "Fag og forskning", use(STAB, Work.STAB, 3)),
                unit("STAB-ANA", "Analyseavdelingen", use(STAB, Work.STAB, 3)),
                unit("STAB-EHELSE", "E-helse", use(STAB, Work.STAB, 4)),
                unit("STAB-AKU", "Avdeling for kompetanse og utdanning",
                        use(STAB, Work.KOMPETANSE, 3, new Work.Post("RADGIVER", "Kompetanserådgiver", 1))));
    }

    private static UnitDraft tonsberg() {
        return unit("TBG", TONSBERG, led(KOMMUNE)).add(
                unit("TBG-HJEM", "Hjemmetjenesten", use(VIRKSOMHET, Work.HJEMMETJENESTE, 8)),
                unit("TBG-SOLV", "Solvang sykehjem", use(VIRKSOMHET, Work.SYKEHJEM, 9)),
                unit("TBG-TILD", "Tildelingskontoret", use(VIRKSOMHET, Work.TILDELING, 3)));
    }

    private static UnitDraft larvik() {
        return unit("LVK", LARVIK, led(KOMMUNE)).add(
                unit("LVK-HJEM", "Hjemmetjenesten", use(VIRKSOMHET, Work.HJEMMETJENESTE, 7)),
                unit("LVK-BOKE", "Bøkeskogen sykehjem", use(VIRKSOMHET, Work.SYKEHJEM, 8)),
                unit("LVK-ADM", "Helse og mestring, administrasjon",
                        use(VIRKSOMHET, Work.KOMMUNE_ADMINISTRASJON, 2)));
    }

    private static UnitDraft holmestrand() {
        return unit("HOL", HOLMESTRAND, led(KOMMUNE)).add(
                unit("HOL-HJEM", "Hjemmetjenesten", use(VIRKSOMHET, Work.HJEMMETJENESTE, 6)),
                unit("HOL-FJORD", "Fjordheim sykehjem", use(VIRKSOMHET, Work.SYKEHJEM, 6)));
    }

}
