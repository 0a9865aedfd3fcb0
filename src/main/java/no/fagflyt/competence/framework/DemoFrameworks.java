package no.fagflyt.competence.framework;

import static no.fagflyt.competence.framework.CompetenceKind.FERDIGHET;
import static no.fagflyt.competence.framework.CompetenceKind.HOLDNING;
import static no.fagflyt.competence.framework.CompetenceKind.KUNNSKAP;
import static no.fagflyt.competence.framework.TacitCategory.FERDIGHETSKUNNSKAP;
import static no.fagflyt.competence.framework.TacitCategory.FORTROLIGHETSKUNNSKAP;
import static no.fagflyt.competence.framework.TacitCategory.VURDERINGSKUNNSKAP;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published demo frameworks for office professionals, porters, pharmacy technicians and the extended
 * competences of technology implementation, written from the seed documents. Each framework is loaded
 * only when its code is missing, so a restart never loads it twice.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "fagflyt.demo.enabled", havingValue = "true")
public class DemoFrameworks implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoFrameworks.class);

    public static final String OFFICE = "KONTORFAG";

    private final FrameworkCatalogue catalogue;

    private final FrameworkRepository frameworks;

    DemoFrameworks(FrameworkCatalogue catalogue, FrameworkRepository frameworks) {
        this.catalogue = catalogue;
        this.frameworks = frameworks;
    }

    record C(String code, String name, String description, CompetenceKind kind, @Nullable TacitCategory tacit,
            @Nullable Integer validityMonths, boolean mandatory, boolean core) {
    }

    record A(String code, String name, List<C> competences) {
    }

    record F(String code, String name, String description, List<A> areas) {
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (F framework : content()) {
            if (frameworks.findByCode(framework.code()).isEmpty()) {
                load(framework);
                log.info("Loaded demo competence framework {}", framework.code());
            }
        }
    }

    private void load(F content) {
        FrameworkVersion version = done(catalogue.create(content.code(), content.name(), content.description(),
                FrameworkCatalogue.DEFAULT_SCALE));
        for (A area : content.areas()) {
            long areaId = done(catalogue.addArea(version, area.code(), area.name()));
            for (C c : area.competences()) {
                done(catalogue.addCompetence(version, new CompetenceDraft(areaId, c.code(), c.name(), c.description(),
                        c.kind(), c.tacit(), c.validityMonths(), c.mandatory(), c.core())));
            }
        }
        done(catalogue.publish(version));
    }

    private static <T> T done(no.fagflyt.platform.Outcome<T> outcome) {
        if (outcome instanceof no.fagflyt.platform.Outcome.Done<T> done) {
            return done.value();
        }
        throw new IllegalStateException("Demo framework refused: " + outcome);
    }

    private static C core(String code, String name, String description, CompetenceKind kind,
            @Nullable TacitCategory tacit) {
        return new C(code, name, description, kind, tacit, null, false, true);
    }

    private static C plain(String code, String name, String description, CompetenceKind kind,
            @Nullable TacitCategory tacit) {
        return new C(code, name, description, kind, tacit, null, false, false);
    }

    private static C mandatory(String code, String name, String description, CompetenceKind kind, int validityMonths) {
        return new C(code, name, description, kind, FERDIGHETSKUNNSKAP, validityMonths, true, true);
    }

    static List<F> content() {
        return List.of(office(), porters(), pharmacyTechnicians(), technology());
    }

    private static F office() {
        return new F(OFFICE, "Kontorfaglig kompetanse",
                "Pasientadministrativt arbeid for helsesekretærer og sekretærer: registrering, ventelister, arkiv, "
                        + "kommunikasjon og kvalitetssikring.",
                List.of(new A("DIPS", "Registreringspraksis i DIPS", List.of(
                        core("HENVISNING", "Registrere henvisning i DIPS",
                                "Registrerer mottatt henvisning med riktig ansiennitetsdato, henviser og fagområde, "
                                        + "og sender den til vurdering innen fristen på 10 virkedager.",
                                FERDIGHET, FERDIGHETSKUNNSKAP),
                        core("VENTELISTE", "Ventelistebehandling og fristregler",
                                "Kjenner pasient- og brukerrettighetsloven § 2-2, setter og følger opp frister og "
                                        + "forebygger fristbrudd.",
                                KUNNSKAP, VURDERINGSKUNNSKAP),
                        core("INNKALLING", "Innkalling og timebestilling",
                                "Setter opp timer og sender innkallinger med riktig informasjon, også digitalt.",
                                FERDIGHET, FERDIGHETSKUNNSKAP),
                        plain("KODING", "Koding av diagnoser og prosedyrer",
                                "Kvalitetssikrer koder (ICD-10, NCMP/NCSP) før rapportering til NPR.", KUNNSKAP,
                                VURDERINGSKUNNSKAP))),
                        new A("ARKIV", "Arkiv og dokumentasjon", List.of(
                                core("P360", "Arkivering i Public 360",
                                        "Journalfører og arkiverer saksdokumenter etter arkivloven og virksomhetens rutiner.",
                                        FERDIGHET, FERDIGHETSKUNNSKAP),
                                plain("KREFTREG", "Melding til Kreftregisteret",
                                        "Vet når og hvordan melding skal sendes, og følger opp purringer.", KUNNSKAP,
                                        null))),
                        new A("PERSONVERN", "Personvern og taushetsplikt", List.of(
                                new C("TAUSHET", "Taushetsplikt og tilgangsstyring",
                                        "Kjenner helsepersonelloven § 21 og regler for tilgang til journal; slår bare "
                                                + "opp det tjenesten krever.",
                                        HOLDNING, VURDERINGSKUNNSKAP, 24, true, true))),
                        new A("KOMMUNIKASJON", "Kommunikasjon og service", List.of(
                                core("SENTRALBORD", "Arbeid på sentralbordet",
                                        "Tar imot henvendelser, vurderer hastegrad og setter over til rett sted.",
                                        FERDIGHET, FORTROLIGHETSKUNNSKAP),
                                plain("MOTTAK", "Ta imot og lose pasienter inn i klinikken",
                                        "Møter pasienter og pårørende på en god måte og hjelper dem videre.", HOLDNING,
                                        FORTROLIGHETSKUNNSKAP),
                                plain("TILGJENGELIGHET", "Tilgjengelighetsarbeid for klinikere",
                                        "Formidling, opplæring og support, kvalitetssikring og praktisk logistikk rundt "
                                                + "pasientmøtene.",
                                        HOLDNING, VURDERINGSKUNNSKAP))),
                        new A("FAGSPRAK", "Medisinsk terminologi", List.of(
                                plain("TERMINOLOGI", "Medisinske termer og forkortelser",
                                        "Forstår vanlige medisinske termer i henvisninger og epikriser.", KUNNSKAP,
                                        null))),
                        new A("OPPGAVEDELING", "Oppgaver overført fra andre yrkesgrupper", List.of(
                                new C("BLODPROVE", "Blodprøvetaking",
                                        "Tar venøse blodprøver etter opplæring og godkjenning i avdelingen.", FERDIGHET,
                                        FERDIGHETSKUNNSKAP, 24, false, false),
                                mandatory("HLR", "Hjerte-lunge-redning (HLR)",
                                        "Gjennomfører basal HLR; skal fornyes hver 12. måned.", FERDIGHET, 12)))));
    }

    private static F porters() {
        return new F("PORTOR", "Portørtjenesten",
                "Pasienttransport, forflytning og forsyningsoppgaver overført fra sykepleiere.",
                List.of(new A("TRANSPORT", "Pasienttransport", List.of(
                        core("FORFLYTNING", "Forflytningsteknikk",
                                "Flytter pasienter trygt mellom seng, stol og båre med riktige hjelpemidler.", FERDIGHET,
                                FERDIGHETSKUNNSKAP),
                        core("OBSERVASJON", "Observasjon av pasient under transport",
                                "Ser tegn til forverring og vet hvem som skal varsles.", KUNNSKAP, VURDERINGSKUNNSKAP))),
                        new A("HYGIENE", "Smittevern", List.of(
                                new C("SMITTEVERN", "Basale smittevernrutiner",
                                        "Håndhygiene, isolasjonsregimer og riktig bruk av smittevernutstyr.", KUNNSKAP,
                                        null, 24, true, true))),
                        new A("FORSYNING", "Forsyning", List.of(
                                plain("VAREPAFYLLING", "Varepåfylling på sengepost",
                                        "Fyller på og bestiller forbruksmateriell etter avtalt rutine.", FERDIGHET,
                                        FERDIGHETSKUNNSKAP))),
                        new A("AKUTT", "Akutte situasjoner", List.of(
                                mandatory("HLR", "Hjerte-lunge-redning (HLR)",
                                        "Gjennomfører basal HLR; skal fornyes hver 12. måned.", FERDIGHET, 12)))));
    }

    private static F pharmacyTechnicians() {
        return new F("APOTEKTEKNIKER", "Apotekteknikere i sykehus",
                "Legemiddelhåndtering og tilberedning av intravenøse legemidler overført fra sykepleiere.",
                List.of(new A("TILBEREDNING", "Tilberedning av legemidler", List.of(
                        new C("IVTILBEREDNING", "Tilberedning av intravenøse legemidler",
                                "Tilbereder iv-legemidler etter godkjent prosedyre og dobbeltkontroll.", FERDIGHET,
                                FERDIGHETSKUNNSKAP, 12, true, true),
                        core("ASEPTIKK", "Aseptisk arbeidsteknikk",
                                "Arbeider aseptisk i LAF-benk og renrom.", FERDIGHET, FORTROLIGHETSKUNNSKAP))),
                        new A("LEGEMIDDEL", "Legemiddelhåndtering", List.of(
                                core("LEGEMIDDELLISTE", "Legemiddellager og bestilling",
                                        "Holder orden på lager, holdbarhet og bestilling på post.", KUNNSKAP, null),
                                plain("AVVIK", "Melde legemiddelavvik",
                                        "Melder og følger opp avvik i legemiddelhåndteringen.", HOLDNING,
                                        VURDERINGSKUNNSKAP)))));
    }

    private static F technology() {
        return new F("TEKNOLOGI", "Utvidet kompetanse ved innføring av teknologi",
                "De fem utvidede kompetansekravene når digital teknologi og velferdsteknologi tas i bruk i tjenestene.",
                List.of(new A("SYSTEM", "Systemtenkning og organisasjonsforståelse", List.of(
                        plain("SYSTEMTENKNING", "Se arbeidsflyten på tvers av enheter",
                                "Forstår hvordan en endring i ett system påvirker oppgaver og ansvar andre steder.",
                                KUNNSKAP, VURDERINGSKUNNSKAP))),
                        new A("DESIGN", "Designtenkning", List.of(
                                plain("TILPASNING", "Tilpasse teknologi til lokalt arbeid",
                                        "Konfigurerer og prøver ut løsninger sammen med brukerne, og justerer rutinene.",
                                        FERDIGHET, FORTROLIGHETSKUNNSKAP))),
                        new A("RELASJON", "Relasjonell ekspertise", List.of(
                                plain("SAMARBEID", "Samarbeid med kolleger, ledere og brukere",
                                        "Håndterer relasjoner og ulike behov i innføringen.", HOLDNING,
                                        FORTROLIGHETSKUNNSKAP))),
                        new A("REFLEKSJON", "Epistemisk refleksivitet", List.of(
                                plain("KUNNSKAPSARBEID", "Kunnskapsarbeid i tverrfaglige team",
                                        "Setter ord på egen og andres kunnskap og lærer av erfaringene.", HOLDNING,
                                        VURDERINGSKUNNSKAP))),
                        new A("ANSVAR", "Grensesetting og ansvarshåndtering", List.of(
                                plain("OVERGANG", "Fra prosjekt til drift",
                                        "Avklarer hvem som har ansvar og tid når løsningen går over i daglig drift.",
                                        KUNNSKAP, VURDERINGSKUNNSKAP)))));
    }

}
