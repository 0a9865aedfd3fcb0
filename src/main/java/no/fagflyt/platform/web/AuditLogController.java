package no.fagflyt.platform.web;

import java.time.LocalDate;

import no.fagflyt.platform.AuditAction;
import no.fagflyt.platform.AuditSearch;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrator's view of who read and changed what. */
@Controller
class AuditLogController {

    private final AuditSearch auditSearch;

    AuditLogController(AuditSearch auditSearch) {
        this.auditSearch = auditSearch;
    }

    @GetMapping("/admin/logg")
    String auditLog(@RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable AuditAction action,
            @RequestParam(required = false) @Nullable String subjectType,
            @RequestParam(required = false) @Nullable String subjectId,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") @Nullable LocalDate to,
            @RequestParam(defaultValue = "0") int page, Model model) {
        var filter = new AuditSearch.Filter(actor, action, subjectType, subjectId, from, to, page);
        model.addAttribute("filter", filter);
        model.addAttribute("result", auditSearch.search(filter));
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("subjectTypes", auditSearch.subjectTypes());
        return "platform/audit-log";
    }

}
