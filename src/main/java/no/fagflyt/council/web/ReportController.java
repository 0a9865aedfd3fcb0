package no.fagflyt.council.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import no.fagflyt.council.report.CouncilYearlyReport;
import no.fagflyt.council.report.Gain;
import no.fagflyt.council.report.YearlyReport;
import no.fagflyt.council.web.Forms.EvidenceForm;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.ParameterOutOfRange;
import no.fagflyt.platform.Flash;
import no.fagflyt.platform.Outcome;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Årsrapport" of a body: page, evidence for the gains, and the same report as PDF. */
@Controller
class ReportController {

    private static final String VIEW = "council/yearly-report";

    private final CouncilYearlyReport reports;

    private final ReportPdf reportPdf;

    private final Clock clock;

    ReportController(CouncilYearlyReport reports, ReportPdf reportPdf, Clock clock) {
        this.reports = reports;
        this.reportPdf = reportPdf;
        this.clock = clock;
    }

    @GetMapping("/rad/{bodyId}/arsrapport")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long bodyId,
            @RequestParam(name = "ar", required = false) @Nullable Integer year, Model model) {
        int reportYear = ParameterOutOfRange.year(year, "ar", LocalDate.now(clock).getYear());
        model.addAttribute("evidenceForm", new EvidenceForm(reportYear, Gain.PASIENTSIKKERHET_OG_KVALITET, null));
        return view(user, bodyId, reportYear, model);
    }

    @PostMapping("/rad/{bodyId}/arsrapport/gevinster")
    String recordEvidence(@AuthenticationPrincipal CurrentUser user, @PathVariable long bodyId,
            @Valid @ModelAttribute("evidenceForm") EvidenceForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        int reportYear = form.year() == null || result.hasFieldErrors("year") ? LocalDate.now(clock).getYear()
                : form.year();
        if (!result.hasErrors()) {
            Outcome<Gain> outcome = reports.recordEvidence(user, bodyId, reportYear, form.gain(), form.evidence());
            if (outcome instanceof Outcome.Refused<Gain> refused) {
                Refusals.reject(result, refused);
            }
        }
        if (result.hasErrors()) {
            return view(user, bodyId, reportYear, model);
        }
        Flash.success(redirect, "report.evidenceRecorded");
        return "redirect:/rad/" + bodyId + "/arsrapport?ar=" + reportYear + "#gains";
    }

    @GetMapping("/rad/{bodyId}/arsrapport.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable long bodyId,
            @RequestParam(name = "ar", required = false) @Nullable Integer year) {
        int reportYear = ParameterOutOfRange.year(year, "ar", LocalDate.now(clock).getYear());
        YearlyReport report = reports.report(user, bodyId, reportYear);
        return ResponseEntity.ok()
            .contentType(MediaType.APPLICATION_PDF)
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("arsrapport-" + report.body().shortName() + "-" + reportYear + ".pdf")
                .build()
                .toString())
            .body(reportPdf.render(report));
    }

    private String view(CurrentUser user, long bodyId, int year, Model model) {
        model.addAttribute("report", reports.report(user, bodyId, year));
        model.addAttribute("body", reports.readableBody(user, bodyId));
        model.addAttribute("years", reports.years(user, bodyId));
        model.addAttribute("gains", Gain.values());
        model.addAttribute("canRecord", reports.canRecordEvidence(user, bodyId));
        return VIEW;
    }

}
