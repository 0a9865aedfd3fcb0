package no.fagflyt.competence.web;

import java.io.IOException;

import no.fagflyt.competence.exchange.ExchangeFormat;
import no.fagflyt.competence.exchange.FrameworkExchange;
import no.fagflyt.competence.exchange.ImportPlan;
import no.fagflyt.competence.framework.FrameworkCatalogue;
import no.fagflyt.platform.AccessDeniedProblem;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.Flash;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Download of a framework version as Moodle CSV or CASE JSON, and import of such a file: upload, preview with
 * what the format cannot carry, then confirm (competence advisers and administrators, as for editing).
 */
@Controller
@RequestMapping("/kompetanse/rammeverk")
class FrameworkExchangeController {

    static final String UPLOAD_VIEW = "competence/framework-import";

    static final String PREVIEW_VIEW = "competence/framework-import-preview";

    private static final String IMPORT_PATH = "/kompetanse/rammeverk/import";

    private final FrameworkExchange exchange;

    FrameworkExchangeController(FrameworkExchange exchange) {
        this.exchange = exchange;
    }

    @GetMapping("/versjoner/{versionId}/eksport/{format}")
    ResponseEntity<byte[]> export(@PathVariable long versionId, @PathVariable String format) {
        FrameworkExchange.Download download = exchange.export(versionId, switch (format) {
            case "moodle" -> ExchangeFormat.MOODLE_CSV;
            case "case" -> ExchangeFormat.CASE_JSON;
            default -> throw new no.fagflyt.platform.NotFoundProblem("Eksportformat " + format);
        });
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_TYPE, download.contentType())
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(download.fileName()).build().toString())
            .header("X-Content-Type-Options", "nosniff")
            .body(download.content());
    }

    @GetMapping("/import")
    String uploadForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        requireEditor(user);
        return upload(model, null);
    }

    @PostMapping("/import")
    String preview(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable String format, Model model) throws IOException {
        requireEditor(user);
        ExchangeFormat chosen = format(format);
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            model.addAttribute("fileError", "competence.exchange.error.noFile");
            return upload(model, chosen);
        }
        String fileName = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "fil"
                : file.getOriginalFilename();
        byte[] content = file.getBytes();
        ImportPlan plan = exchange.preview(user, fileName, content, chosen);
        if (!plan.isImportable()) {
            // A file that cannot be imported is not kept: the problems are shown with the form to try again.
            model.addAttribute("plan", plan);
            return upload(model, chosen);
        }
        String token = exchange.stage(user, fileName, content);
        return "redirect:" + IMPORT_PATH + "/" + token + (chosen == null ? "" : "?format=" + chosen.name());
    }

    @GetMapping("/import/{token}")
    String showPreview(@AuthenticationPrincipal CurrentUser user, @PathVariable String token,
            @RequestParam(required = false) @Nullable String format, Model model, RedirectAttributes redirect) {
        var plan = exchange.previewStaged(user, token, format(format));
        if (plan.isEmpty()) {
            redirect.addFlashAttribute("uploadError", "competence.exchange.error.gone");
            return "redirect:" + IMPORT_PATH;
        }
        model.addAttribute("plan", plan.get());
        model.addAttribute("token", token);
        model.addAttribute("format", format(format));
        return PREVIEW_VIEW;
    }

    @PostMapping("/import/{token}")
    String confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable String token,
            @RequestParam(required = false) @Nullable String format, RedirectAttributes redirect) {
        FrameworkExchange.Attempt attempt;
        try {
            attempt = exchange.confirm(user, token, format(format));
        }
        catch (ConcurrencyFailureException | DataIntegrityViolationException clash) {
            // Someone stored the same framework at the same moment; nothing of this import was kept.
            redirect.addFlashAttribute("uploadError", "competence.exchange.error.concurrent");
            return "redirect:" + IMPORT_PATH;
        }
        if (attempt instanceof FrameworkExchange.Attempt.Imported imported) {
            var content = imported.plan().content();
            Flash.success(redirect, "competence.exchange.imported", content == null ? "" : content.name(),
                    imported.version().number(), content == null ? 0 : content.areas().size(),
                    content == null ? 0 : content.competenceCount());
            return "redirect:/kompetanse/rammeverk/versjoner/" + imported.version().id();
        }
        if (attempt instanceof FrameworkExchange.Attempt.Gone) {
            redirect.addFlashAttribute("uploadError", "competence.exchange.error.gone");
            return "redirect:" + IMPORT_PATH;
        }
        // The file no longer passes (a draft was started meanwhile): the preview shows why.
        ExchangeFormat chosen = format(format);
        return "redirect:" + IMPORT_PATH + "/" + token + (chosen == null ? "" : "?format=" + chosen.name());
    }

    @PostMapping("/import/{token}/forkast")
    String discard(@AuthenticationPrincipal CurrentUser user, @PathVariable String token, RedirectAttributes redirect) {
        exchange.discard(user, token);
        Flash.success(redirect, "competence.exchange.discarded");
        return "redirect:" + IMPORT_PATH;
    }

    private String upload(Model model, @Nullable ExchangeFormat chosen) {
        model.addAttribute("formats", ExchangeFormat.values());
        model.addAttribute("chosenFormat", chosen);
        model.addAttribute("maxMegabytes", FrameworkExchange.MAX_BYTES / (1024 * 1024));
        return UPLOAD_VIEW;
    }

    private static @Nullable ExchangeFormat format(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (ExchangeFormat format : ExchangeFormat.values()) {
            if (format.name().equals(value)) {
                return format;
            }
        }
        return null;
    }

    private static void requireEditor(CurrentUser user) {
        if (!FrameworkCatalogue.canEdit(user)) {
            throw new AccessDeniedProblem("Bare kompetanserådgiver og administrator kan importere rammeverk");
        }
    }

}
