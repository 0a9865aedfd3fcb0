package no.fagflyt.competence.exchange;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import no.fagflyt.competence.framework.FrameworkCatalogue;
import no.fagflyt.competence.framework.FrameworkContent;
import no.fagflyt.competence.framework.FrameworkQueries;
import no.fagflyt.competence.framework.FrameworkVersion;
import no.fagflyt.platform.AccessDeniedProblem;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.Outcome;
import no.fagflyt.platform.UploadStaging;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Exports a framework version to a file and imports one back. An import is read and checked in full before
 * anything is stored (the plan), kept in the platform's upload staging until the user confirms, and then
 * stored in one transaction: a bad file stores nothing. Importing is for those who may edit frameworks.
 */
@Service
public class FrameworkExchange {

    public static final String STAGING_PURPOSE = "framework-import";

    /** A framework file is text; even a large one is far below this. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private final FrameworkQueries queries;

    private final FrameworkCatalogue catalogue;

    private final UploadStaging staging;

    private final MoodleCsv moodle;

    private final CaseJson caseJson;

    private final Clock clock;

    FrameworkExchange(FrameworkQueries queries, FrameworkCatalogue catalogue, UploadStaging staging, MoodleCsv moodle,
            CaseJson caseJson, Clock clock) {
        this.queries = queries;
        this.catalogue = catalogue;
        this.staging = staging;
        this.moodle = moodle;
        this.caseJson = caseJson;
        this.clock = clock;
    }

    public record Download(String fileName, String contentType, byte[] content) {
    }

    /** The answer to a confirmation. */
    public sealed interface Attempt {

        record Imported(FrameworkVersion version, ImportPlan plan) implements Attempt {
        }

        /** The file no longer passes (for example, someone started a draft meanwhile). */
        record Rejected(ImportPlan plan) implements Attempt {
        }

        /** The staged file is gone: already imported (perhaps by a second click) or discarded. */
        record Gone() implements Attempt {
        }

    }

    /** Frameworks are not personal data: whoever can read a version can download it. */
    public Download export(long versionId, ExchangeFormat format) {
        var details = queries.details(versionId);
        FrameworkContent content = queries.content(versionId);
        String baseName = content.code().toLowerCase(java.util.Locale.ROOT) + "-v" + details.version().number();
        byte[] bytes = switch (format) {
            case MOODLE_CSV -> moodle.write(content);
            case CASE_JSON -> {
                OffsetDateTime changed = details.version().publishedAt() != null ? details.version().publishedAt()
                        : OffsetDateTime.now(clock);
                yield caseJson.write(content, new CaseJson.Edition(details.version().number(),
                        details.version().status(), changed));
            }
        };
        return new Download(baseName + "." + format.extension(), format.contentType(), bytes);
    }

    /** Reads and checks a file without keeping it. {@code chosen} is null to tell the format from the content. */
    @Transactional(readOnly = true)
    public ImportPlan preview(CurrentUser user, String fileName, byte[] content, @Nullable ExchangeFormat chosen) {
        requireEditor(user);
        Findings findings = new Findings();
        ExchangeFormat format = chosen;
        FrameworkContent read = null;
        if (content.length == 0) {
            findings.problem("competence.exchange.error.empty");
        }
        else if (content.length > MAX_BYTES) {
            findings.problem("competence.exchange.error.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        else if (isZip(content)) {
            findings.problem("competence.exchange.error.zip");
        }
        else {
            format = chosen != null ? chosen : detect(content);
            read = format == ExchangeFormat.CASE_JSON ? caseJson.read(content, findings)
                    : moodle.read(fileName, content, findings);
        }
        String existingName = null;
        Integer nextNumber = null;
        java.util.List<ImportPlan.Change> changes = java.util.List.of();
        if (read != null) {
            var existing = queries.findByCode(read.code());
            if (existing.isPresent()) {
                existingName = existing.get().name();
                var versions = queries.versionsOf(existing.get().id());
                var draft = versions.stream().filter(FrameworkVersion::isDraft).findFirst();
                if (draft.isPresent()) {
                    findings.problem("competence.exchange.error.draftExists", read.code(), draft.get().number());
                }
                nextNumber = versions.isEmpty() ? 1 : versions.get(0).number() + 1;
                if (!versions.isEmpty()) {
                    changes = ContentChanges.between(queries.content(versions.get(0).id()), read);
                }
                if (!existingName.equals(read.name())) {
                    findings.warning("competence.exchange.warning.nameKept", read.name(), existingName);
                }
            }
        }
        return new ImportPlan(fileName, format, findings.hasProblems() ? null : read, existingName, nextNumber,
                findings.problems(), findings.warnings(), changes);
    }

    /** Keeps a file that passed its preview until the user confirms; answers the token for the preview address. */
    public String stage(CurrentUser user, String fileName, byte[] content) {
        requireEditor(user);
        return staging.stage(STAGING_PURPOSE, fileName, content);
    }

    /** The plan for a staged file; empty when it is gone or was uploaded by someone else. */
    @Transactional(readOnly = true)
    public Optional<ImportPlan> previewStaged(CurrentUser user, String token, @Nullable ExchangeFormat chosen) {
        requireEditor(user);
        return staging.find(token, STAGING_PURPOSE).map(file -> preview(user, file.fileName(), file.content(), chosen));
    }

    /**
     * Reads and checks the staged file again, takes it out of staging and stores the framework, all in one
     * transaction. Of two confirmations of the same file only one takes it; the other is told it is gone.
     */
    @Transactional
    public Attempt confirm(CurrentUser user, String token, @Nullable ExchangeFormat chosen) {
        requireEditor(user);
        var staged = staging.find(token, STAGING_PURPOSE);
        if (staged.isEmpty()) {
            return new Attempt.Gone();
        }
        ImportPlan plan = preview(user, staged.get().fileName(), staged.get().content(), chosen);
        if (!plan.isImportable() || plan.content() == null || plan.format() == null) {
            return new Attempt.Rejected(plan);
        }
        if (!staging.take(token, STAGING_PURPOSE)) {
            return new Attempt.Gone();
        }
        Outcome<FrameworkVersion> outcome = catalogue.importContent(user, plan.content(),
                "Importert fra " + plan.fileName() + " (" + (plan.format() == ExchangeFormat.MOODLE_CSV ? "Moodle CSV"
                        : "CASE JSON") + ")");
        if (outcome instanceof Outcome.Refused<FrameworkVersion> refused) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return new Attempt.Rejected(new ImportPlan(plan.fileName(), plan.format(), null,
                    plan.existingFrameworkName(), plan.nextVersionNumber(),
                    java.util.List.of(new ExchangeMessage(refused.messageKey(), refused.arguments())), plan.warnings(),
                    plan.changes()));
        }
        return new Attempt.Imported(((Outcome.Done<FrameworkVersion>) outcome).value(), plan);
    }

    public void discard(CurrentUser user, String token) {
        requireEditor(user);
        staging.find(token, STAGING_PURPOSE).ifPresent(file -> staging.discard(file.token()));
    }

    /** JSON starts with a brace (after a byte order mark or white space); anything else is read as CSV. */
    static ExchangeFormat detect(byte[] content) {
        int i = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < content.length && Character.isWhitespace(content[i])) {
            i++;
        }
        return i < content.length && (content[i] == '{' || content[i] == '[') ? ExchangeFormat.CASE_JSON
                : ExchangeFormat.MOODLE_CSV;
    }

    private static boolean isZip(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static void requireEditor(CurrentUser user) {
        if (!FrameworkCatalogue.canEdit(user)) {
            throw new AccessDeniedProblem("Bare kompetanserådgiver og administrator kan importere rammeverk");
        }
    }

}
