package no.fagflyt.organisation.internal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import no.fagflyt.organisation.OrganisationKind;
import no.fagflyt.organisation.UnitKind;
import no.fagflyt.organisation.internal.demo.DataPlan.OrganisationPlan;
import no.fagflyt.organisation.internal.demo.DataPlan.PersonPlan;

/**
 * National-scale data: mostly municipalities and every fiftieth a health trust, each with a unit tree of
 * four levels sized to its people. Each organisation is planned from its own seed, so they can be planned
 * and written one at a time without holding the whole country in memory, and still come out the same.
 */
final class ScalePlanner {

    /** People per organisation on average, as in Norway: a few large trusts, many small municipalities. */
    static final int PEOPLE_PER_ORGANISATION = 200;

    private static final int TRUST_EVERY = 50;

    private static final int TRUST_WEIGHT = 10;

    private static final List<ClinicTemplate> CLINICS = List.of(
            new ClinicTemplate("Medisinsk klinikk", "MED", List.of(dept("Medisinsk avdeling", Work.SENGEPOST),
                    dept("Hjerteavdelingen", Work.SENGEPOST), dept("Lungeavdelingen", Work.POLIKLINIKK),
                    dept("Geriatrisk avdeling", Work.SENGEPOST), dept("Nyreavdelingen", Work.POLIKLINIKK))),
            new ClinicTemplate("Kirurgisk klinikk", "KIR", List.of(dept("Gastrokirurgisk avdeling", Work.SENGEPOST),
                    dept("Ortopedisk avdeling", Work.SENGEPOST), dept("Urologisk avdeling", Work.POLIKLINIKK),
                    dept("Anestesiavdelingen", Work.SENGEPOST))),
            new ClinicTemplate("Klinikk for psykisk helse og avhengighet", "PHA",
                    List.of(dept("Barne- og ungdomspsykiatrisk avdeling", Work.PSYKISK_HELSE),
                            dept("Distriktspsykiatrisk senter", Work.PSYKISK_HELSE),
                            dept("Avdeling for rus og avhengighet", Work.PSYKISK_HELSE))),
            new ClinicTemplate("Kvinne- og barneklinikken", "KVB", List.of(dept("Barneavdelingen", Work.SENGEPOST),
                    dept("Føde- og barselavdelingen", Work.SENGEPOST), dept("Gynekologisk avdeling", Work.POLIKLINIKK))),
            new ClinicTemplate("Klinikk for medisinsk diagnostikk", "DIA",
                    List.of(dept("Avdeling for medisinsk biokjemi", Work.LABORATORIUM),
                            dept("Mikrobiologisk avdeling", Work.LABORATORIUM),
                            dept("Radiologisk avdeling", Work.RADIOLOGI))),
            new ClinicTemplate("Prehospital klinikk", "PRE", List.of(dept("AMK-sentralen", Work.AMK),
                    dept("Ambulanseavdelingen", Work.AMBULANSE))),
            new ClinicTemplate("Klinikk for rehabilitering", "REH",
                    List.of(dept("Avdeling for fysikalsk medisin", Work.REHABILITERING),
                            dept("Habiliteringsavdelingen", Work.REHABILITERING))),
            new ClinicTemplate("Servicedivisjonen", "SERV", List.of(dept("Intern logistikk", Work.PORTOR),
                    dept("Sykehusapoteket", Work.APOTEK), dept("Dokumentasjonssenteret", Work.DOKUMENTSENTER))));

    private static final List<String> NURSING_HOMES = List.of("Solgløtt", "Eikelund", "Furuhaugen", "Lindheim",
            "Bjørkely", "Sjøglimt", "Granly", "Åsheim", "Fjellro", "Bakkely", "Lyngtun", "Rosenli", "Tunheim",
            "Solbakken");

    private static final List<String> ZONES = List.of("nord", "sør", "øst", "vest", "sentrum");

    private final long seed;

    private final LocalDate referenceDate;

    private final int[] peoplePerOrganisation;

    ScalePlanner(int people, int organisations, long seed, LocalDate referenceDate) {
        this(people, organisations, seed, referenceDate, 0);
    }

    /**
     * With {@code largeTrustPeople} above zero the first organisation, a health trust, gets exactly that many
     * people (e.g. 10,000 for measuring a whole trust) and the others share the rest as usual.
     */
    ScalePlanner(int people, int organisations, long seed, LocalDate referenceDate, int largeTrustPeople) {
        if (people < 1 || organisations < 1) {
            throw new IllegalArgumentException("Need at least one person and one organisation");
        }
        if (largeTrustPeople < 0 || largeTrustPeople > 0 && (organisations < 2 || largeTrustPeople >= people)) {
            throw new IllegalArgumentException("A large trust needs another organisation and fewer people than all");
        }
        this.seed = seed;
        this.referenceDate = referenceDate;
        if (largeTrustPeople == 0) {
            this.peoplePerOrganisation = share(people, organisations, 0, new Random(seed));
        }
        else {
            int[] others = share(people - largeTrustPeople, organisations - 1, 1, new Random(seed));
            this.peoplePerOrganisation = new int[organisations];
            this.peoplePerOrganisation[0] = largeTrustPeople;
            System.arraycopy(others, 0, this.peoplePerOrganisation, 1, others.length);
        }
    }

    /** The default number of organisations for a number of people. */
    static int organisationsFor(int people) {
        return Math.max(1, Math.round(people / (float) PEOPLE_PER_ORGANISATION));
    }

    int organisationCount() {
        return peoplePerOrganisation.length;
    }

    int peopleIn(int index) {
        return peoplePerOrganisation[index];
    }

    /** Splits the people by weight (trusts ten times a municipality, each ±40 %), summing exactly to the total. */
    private static int[] share(int people, int organisations, int firstIndex, Random random) {
        double[] weights = new double[organisations];
        double total = 0;
        for (int i = 0; i < organisations; i++) {
            weights[i] = (isTrust(firstIndex + i) ? TRUST_WEIGHT : 1) * (0.6 + 0.8 * random.nextDouble());
            total += weights[i];
        }
        int[] shares = new int[organisations];
        int given = 0;
        for (int i = 0; i < organisations; i++) {
            shares[i] = (int) Math.floor(people * weights[i] / total);
            given += shares[i];
        }
        for (int i = 0; given < people; i = (i + 1) % organisations) {
            shares[i]++;
            given++;
        }
        return shares;
    }

    private static boolean isTrust(int index) {
        return index % TRUST_EVERY == 0;
    }

    OrganisationPlan organisation(int index) {
        Random random = new Random(seed * 1_000_003L + index);
        int people = peoplePerOrganisation[index];
        String place = NorwegianNames.place(index);
        boolean trust = isTrust(index);
        String name = trust ? "Sykehuset " + place + " HF" : place + " kommune";
        String domain = trust ? "sykehuset-" + NorwegianNames.ascii(place) + ".no"
                : NorwegianNames.ascii(place) + ".kommune.no";
        String rootCode = NorwegianNames.ascii(place).replace("-", "").toUpperCase(Locale.ROOT);
        UnitDraft root = trust ? trust(rootCode, name, people, random) : municipality(rootCode, name, people, random);
        List<UnitDraft> units = new ArrayList<>();
        List<UnitDraft> leaves = new ArrayList<>();
        root.visit(unit -> {
            units.add(unit);
            if (unit.children.isEmpty() && unit.work != null) {
                leaves.add(unit);
            }
        });
        PersonFactory factory = new PersonFactory(random, referenceDate, domain, 10001, new HashSet<>());
        List<PersonPlan> planned = new ArrayList<>(people);
        for (int i = 0; i < units.size() && planned.size() < people; i++) {
            UnitDraft unit = units.get(i);
            planned.add(factory.leader(unit.code, Work.leaderTitle(unit.kind)));
        }
        while (planned.size() < people) {
            UnitDraft leaf = leaves.get(random.nextInt(leaves.size()));
            Work.Post post = leaf.work.draw(random);
            planned.add(factory.any(leaf.code, post.professionCode(), post.title()));
        }
        OrganisationKind kind = trust ? OrganisationKind.HELSEFORETAK : OrganisationKind.KOMMUNE;
        return new OrganisationPlan(name, kind, null, root.toPlan(), planned);
    }

    /** Trust: clinics, departments, and below each department an office section and one or two care sections. */
    private static UnitDraft trust(String code, String name, int people, Random random) {
        UnitDraft root = new UnitDraft(code, name, UnitKind.HELSEFORETAK, null, 0);
        int departments = Math.max(2, people / 60);
        int clinics = Math.min(CLINICS.size(), Math.max(2, departments / 3));
        int perClinic = Math.max(1, departments / clinics);
        // A trust larger than the clinic templates allow for gets more sections per department instead.
        int capacity = 0;
        for (int c = 0; c < clinics; c++) {
            capacity += Math.min(CLINICS.get(c).departments.size(), perClinic);
        }
        int extraSections = Math.max(0, departments / capacity - 1);
        for (int c = 0; c < clinics; c++) {
            ClinicTemplate template = CLINICS.get(c);
            boolean division = template.code.equals("SERV");
            UnitDraft clinic = new UnitDraft(template.code, template.name,
                    division ? UnitKind.DIVISJON : UnitKind.KLINIKK, null, 0);
            root.add(clinic);
            int count = Math.min(template.departments.size(), perClinic);
            for (int d = 0; d < count; d++) {
                Dept dept = template.departments.get(d);
                String deptCode = template.code + "-" + (d + 1);
                UnitDraft department = new UnitDraft(deptCode, dept.name, UnitKind.AVDELING, null, 0);
                clinic.add(department);
                if (!division) {
                    department.add(new UnitDraft(deptCode + "-KONTOR", "Kontortjeneste " + lowerFirst(dept.name),
                            UnitKind.SEKSJON, Work.KONTOR, 0));
                }
                int sections = 1 + random.nextInt(2) + extraSections;
                for (int s = 1; s <= sections; s++) {
                    department.add(new UnitDraft(deptCode + "-S" + s, sectionName(dept, s), UnitKind.SEKSJON,
                            dept.work, 0));
                }
            }
        }
        root.add(new UnitDraft("STAB-FOF", "Fag og forskning", UnitKind.STAB, Work.STAB, 0),
                new UnitDraft("STAB-AKU", "Avdeling for kompetanse og utdanning", UnitKind.STAB, Work.KOMPETANSE, 0));
        return root;
    }

    /** Municipality: a health and care area, its virksomheter, and departments or zones below the larger ones. */
    private static UnitDraft municipality(String code, String name, int people, Random random) {
        UnitDraft root = new UnitDraft(code, name, UnitKind.KOMMUNE, null, 0);
        UnitDraft area = new UnitDraft("HO", "Helse og omsorg", UnitKind.ENHET, null, 0);
        root.add(area);
        area.add(new UnitDraft("HO-ADM", "Tildelingskontoret", UnitKind.VIRKSOMHET, Work.TILDELING, 0));
        int homes = Math.max(1, people / 70);
        for (int h = 0; h < homes; h++) {
            String homeCode = "HO-SH" + (h + 1);
            UnitDraft home = new UnitDraft(homeCode, NURSING_HOMES.get(h % NURSING_HOMES.size())
                    + (h < NURSING_HOMES.size() ? "" : " " + (h / NURSING_HOMES.size() + 1)) + " sykehjem",
                    UnitKind.VIRKSOMHET, Work.SYKEHJEM, 0);
            area.add(home);
            int wards = 1 + random.nextInt(3);
            for (int w = 1; w <= wards; w++) {
                home.add(new UnitDraft(homeCode + "-A" + w, "Avdeling " + w, UnitKind.AVDELING, Work.SYKEHJEM, 0));
            }
        }
        UnitDraft homeCare = new UnitDraft("HO-HJEM", "Hjemmetjenesten", UnitKind.VIRKSOMHET, Work.HJEMMETJENESTE, 0);
        area.add(homeCare);
        int zones = Math.min(ZONES.size(), Math.max(1, people / 60));
        for (int z = 0; z < zones; z++) {
            homeCare.add(new UnitDraft("HO-HJEM-" + (z + 1), "Hjemmetjenesten sone " + ZONES.get(z),
                    UnitKind.AVDELING, Work.HJEMMETJENESTE, 0));
        }
        area.add(new UnitDraft("HO-STAB", "Helse og omsorg, administrasjon", UnitKind.VIRKSOMHET,
                Work.KOMMUNE_ADMINISTRASJON, 0));
        return root;
    }

    private static String sectionName(Dept dept, int number) {
        String base = dept.work == Work.POLIKLINIKK || dept.work == Work.PSYKISK_HELSE ? "Poliklinikk" : "Seksjon";
        return base + " " + number + ", " + lowerFirst(dept.name);
    }

    /** Medisinsk avdeling reads as medisinsk avdeling inside a name; AMK-sentralen stays as it is. */
    private static String lowerFirst(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(1))) {
            return text;
        }
        return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }

    private static Dept dept(String name, Work work) {
        return new Dept(name, work);
    }

    private record Dept(String name, Work work) {
    }

    private record ClinicTemplate(String name, String code, List<Dept> departments) {
    }

}
