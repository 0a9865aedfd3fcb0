package no.fagflyt.support;

import static no.fagflyt.support.OrganisationFixture.done;

import no.fagflyt.competence.framework.CompetenceDraft;
import no.fagflyt.competence.framework.CompetenceKind;
import no.fagflyt.competence.framework.FrameworkCatalogue;
import no.fagflyt.competence.framework.FrameworkQueries;
import no.fagflyt.competence.framework.FrameworkVersion;
import no.fagflyt.competence.framework.TacitCategory;
import no.fagflyt.platform.CurrentUser;

import org.springframework.stereotype.Component;

/** Builds small published frameworks with unique codes through the real catalogue. */
@Component
public class CompetenceFixture {

    private final FrameworkCatalogue catalogue;

    private final FrameworkQueries queries;

    CompetenceFixture(FrameworkCatalogue catalogue, FrameworkQueries queries) {
        this.catalogue = catalogue;
        this.queries = queries;
    }

    /** A published framework "Testrammeverk" with one area and the given competence names (codes C1, C2, ...). */
    public FrameworkVersion publishedFramework(CurrentUser editor, String... competenceNames) {
        FrameworkVersion draft = done(catalogue.createFramework(editor,
                OrganisationFixture.unique("T").replace("-", "_"), OrganisationFixture.unique("Testrammeverk"), null));
        long areaId = done(catalogue.addArea(editor, draft.id(), version(draft.id()), "OMR", "Registrering"));
        for (int i = 0; i < competenceNames.length; i++) {
            done(catalogue.addCompetence(editor, draft.id(), version(draft.id()), new CompetenceDraft(areaId, "C" + (i + 1),
                    competenceNames[i], null, CompetenceKind.FERDIGHET, TacitCategory.FERDIGHETSKUNNSKAP,
                    i == 0 ? 12 : null, i == 0, true)));
        }
        return done(catalogue.publish(editor, draft.id(), version(draft.id())));
    }

    public int version(long versionId) {
        return queries.version(versionId).version();
    }

    /** The id of the competence with this code in the version. */
    public long competenceId(FrameworkVersion version, String code) {
        return queries.details(version.id())
            .areas()
            .stream()
            .flatMap(area -> area.competences().stream())
            .filter(c -> c.code().equals(code))
            .findFirst()
            .orElseThrow()
            .id();
    }

}
