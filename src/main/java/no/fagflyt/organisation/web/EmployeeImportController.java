package no.fagflyt.organisation.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import no.fagflyt.organisation.OrganisationDirectory;
import no.fagflyt.organisation.internal.EmployeeImport;
import no.fagflyt.platform.Flash;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Upload, preview and confirmation of an employee import from an HR-system export. */
@Controller
@RequestMapping("/admin/import")
class EmployeeImportController {

    static final String UPLOAD_VIEW = "organisation/import/upload";

    static final String PREVIEW_VIEW = "organisation/import/preview";

    private final EmployeeImport employeeImport;

    private final OrganisationDirectory directory;

    private final Clock clock;

    EmployeeImportController(EmployeeImport employeeImport, OrganisationDirectory directory, Clock clock) {
        this.employeeImport = employeeImport;
        this.directory = directory;
        this.clock = clock;
    }

    record UploadForm(@NotNull(message = "{import.error.chooseOrganisation}") @Nullable Long organisationId,
            @Nullable MultipartFile file) {
    }

    @ModelAttribute("columns")
    EmployeeImport.ColumnDescription[] columns() {
        return EmployeeImport.columnDescriptions();
    }

    @GetMapping
    String uploadForm(Model model) {
        model.addAttribute("uploadForm", new UploadForm(null, null));
        return upload(model);
    }

    @PostMapping
    String preview(@Valid @ModelAttribute("uploadForm") UploadForm form, BindingResult result, Model model)
            throws IOException {
        MultipartFile file = form.file();
        if (file == null || file.isEmpty()) {
            result.rejectValue("file", "import.error.noFile");
        }
        if (result.hasErrors() || file == null || form.organisationId() == null) {
            return upload(model);
        }
        String fileName = file.getOriginalFilename() == null ? "fil" : file.getOriginalFilename();
        byte[] content = file.getBytes();
        // Only the file itself is checked here; its rows are planned once, on the preview page.
        var fileProblems = employeeImport.fileProblems(fileName, content);
        if (!fileProblems.isEmpty()) {
            // An unreadable file or missing columns: nothing worth keeping, so it is not staged.
            model.addAttribute("fileProblems", fileProblems);
            return upload(model);
        }
        String token = employeeImport.stage(fileName, content);
        return "redirect:/admin/import/" + token + "?organisasjon=" + form.organisationId();
    }

    @GetMapping("/{token}")
    String showPreview(@PathVariable String token, @RequestParam("organisasjon") long organisationId, Model model,
            RedirectAttributes redirect) {
        var plan = employeeImport.previewStaged(organisationId, token);
        if (plan.isEmpty()) {
            redirect.addFlashAttribute("uploadError", "import.error.gone");
            return "redirect:/admin/import";
        }
        model.addAttribute("plan", plan.get());
        model.addAttribute("token", token);
        return PREVIEW_VIEW;
    }

    @PostMapping("/{token}")
    String confirm(@PathVariable String token, @RequestParam long organisationId, RedirectAttributes redirect) {
        // importStaged reads and plans the file once more, in its transaction; here it is only looked up.
        if (!employeeImport.isStaged(token)) {
            redirect.addFlashAttribute("uploadError", "import.error.gone");
            return "redirect:/admin/import";
        }
        EmployeeImport.Attempt attempt;
        try {
            attempt = employeeImport.importStaged(organisationId, token);
        }
        catch (OptimisticLockingFailureException ex) {
            redirect.addFlashAttribute("previewError", "import.error.conflict");
            return "redirect:/admin/import/" + token + "?organisasjon=" + organisationId;
        }
        if (attempt instanceof EmployeeImport.Attempt.Gone) {
            redirect.addFlashAttribute("uploadError", "import.error.gone");
            return "redirect:/admin/import";
        }
        if (attempt instanceof EmployeeImport.Attempt.Imported imported) {
            var done = imported.result();
            Flash.success(redirect, "import.done", done.organisationName(), done.created(), done.updated(),
                    done.unchanged());
            return "redirect:/admin/import";
        }
        // The file no longer passes (the register changed since the preview): show why.
        return "redirect:/admin/import/" + token + "?organisasjon=" + organisationId;
    }

    @PostMapping("/{token}/forkast")
    String discard(@PathVariable String token, RedirectAttributes redirect) {
        employeeImport.discard(token);
        Flash.success(redirect, "import.discarded");
        return "redirect:/admin/import";
    }

    @GetMapping("/mal")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok()
            .contentType(new MediaType("text", "csv", java.nio.charset.Charset.forName("windows-1252")))
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename("ansatte-mal.csv").build().toString())
            .body(employeeImport.template());
    }

    private String upload(Model model) {
        model.addAttribute("organisations", directory.organisations(LocalDate.now(clock)));
        return UPLOAD_VIEW;
    }

}
