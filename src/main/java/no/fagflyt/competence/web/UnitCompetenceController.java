package no.fagflyt.competence.web;

import java.nio.charset.StandardCharsets;

import no.fagflyt.competence.GapAnalysis;
import no.fagflyt.competence.GapSummaries;
import no.fagflyt.competence.UnitMatrixExport;
import no.fagflyt.organisation.AccessPolicy;
import no.fagflyt.organisation.OrganisationDirectory;
import no.fagflyt.platform.CurrentUser;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The competence matrix of a unit and everything below it. */
@Controller
class UnitCompetenceController {

    private final GapAnalysis gaps;

    private final AccessPolicy accessPolicy;

    private final OrganisationDirectory directory;

    private final UnitMatrixExport export;

    private final GapSummaries summaries;

    UnitCompetenceController(GapAnalysis gaps, AccessPolicy accessPolicy, OrganisationDirectory directory,
            UnitMatrixExport export, GapSummaries summaries) {
        this.gaps = gaps;
        this.summaries = summaries;
        this.export = export;
        this.accessPolicy = accessPolicy;
        this.directory = directory;
    }

    @GetMapping("/kompetanse/enheter")
    String units(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("units", accessPolicy.scopeUnitIds(user, AccessPolicy.PERSONAL_DATA_ROLES)
            .stream()
            .map(directory::unit)
            .toList());
        return "competence/units";
    }

    @GetMapping("/kompetanse/enheter/{unitId}")
    String matrix(@AuthenticationPrincipal CurrentUser user, @PathVariable long unitId,
            @RequestParam(name = "sorter", required = false) @Nullable String sort, Model model) {
        MatrixSort order = MatrixSort.parse(sort);
        model.addAttribute("matrix", gaps.forUnit(user, unitId).sorted(order.order()));
        model.addAttribute("sort", order);
        return "competence/unit-matrix";
    }

    /** Gaps of the unit and everything below it, counted by competence, unit and profession, without names. */
    @GetMapping("/kompetanse/enheter/{unitId}/oversikt")
    String summary(@AuthenticationPrincipal CurrentUser user, @PathVariable long unitId, Model model) {
        model.addAttribute("summary", summaries.forUnit(user, unitId));
        return "competence/gap-summary";
    }

    /** The matrix as a workbook, in the order the page showed it. */
    @GetMapping("/kompetanse/enheter/{unitId}/matrise.xlsx")
    ResponseEntity<byte[]> matrixWorkbook(@AuthenticationPrincipal CurrentUser user, @PathVariable long unitId,
            @RequestParam(name = "sorter", required = false) @Nullable String sort) {
        UnitMatrixExport.Workbook workbook = export.xlsx(user, unitId, MatrixSort.parse(sort).order());
        return ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(UnitMatrixExport.CONTENT_TYPE))
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(workbook.fileName(), StandardCharsets.UTF_8).build().toString())
            .header("X-Content-Type-Options", "nosniff")
            .cacheControl(CacheControl.noStore())
            .body(workbook.content());
    }

}
