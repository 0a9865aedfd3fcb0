package no.fagflyt.council.cases;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import no.fagflyt.council.body.Body;
import no.fagflyt.council.body.CouncilAccess;
import no.fagflyt.council.body.CouncilBodies;
import no.fagflyt.platform.AccessDeniedProblem;
import no.fagflyt.platform.AuditAction;
import no.fagflyt.platform.AuditLog;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.NotFoundProblem;
import no.fagflyt.platform.Outcome;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files attached to a case. The body's members and the case's submitter may attach; whoever may see the
 * case may download. Executables and scripts are refused by their name and by their first bytes, so a
 * renamed program is refused too.
 */
@Service
public class CaseAttachments {

    /** The largest file accepted, the same as the servlet's multipart limit per file. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    static final String AUDIT_ATTACHMENT = "RAD_SAK_VEDLEGG";

    private static final Set<String> ALLOWED_EXTENSIONS = Set.of("pdf", "docx", "doc", "xlsx", "xls", "pptx",
            "odt", "ods", "csv", "txt", "png", "jpg", "jpeg", "gif");

    private static final Set<String> DANGEROUS_EXTENSIONS = Set.of("exe", "bat", "cmd", "com", "js", "vbs", "ps1",
            "sh", "jar", "msi", "scr", "html", "htm");

    private static final List<String> DANGEROUS_STARTS = List.of("mz", "#!", "<script", "<html", "<!doctype html");

    private final CouncilCases cases;

    private final CouncilBodies bodies;

    private final CouncilAccess access;

    private final JdbcClient jdbc;

    private final AuditLog auditLog;

    private final Clock clock;

    CaseAttachments(CouncilCases cases, CouncilBodies bodies, CouncilAccess access, JdbcClient jdbc,
            AuditLog auditLog, Clock clock) {
        this.cases = cases;
        this.bodies = bodies;
        this.access = access;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The content of an attachment with what a download needs to describe it. */
    public record Download(CaseAttachment attachment, byte[] content) {
    }

    public boolean canAttach(CurrentUser user, CouncilCase councilCase) {
        return user.isAdministrator() || councilCase.submitterAccountId() == user.accountId()
                || access.isMember(user, councilCase.bodyId());
    }

    @Transactional
    public Outcome<CaseAttachment> attach(CurrentUser user, long caseId, @Nullable String originalName,
            @Nullable String contentType, byte[] content) {
        CouncilCase councilCase = cases.caseFor(user, caseId);
        if (!canAttach(user, councilCase)) {
            throw new AccessDeniedProblem("Kan ikke legge ved filer i sak " + caseId);
        }
        String fileName = fileName(originalName);
        if (content.length == 0 || fileName.isEmpty()) {
            return Outcome.refused("file", "attachment.error.empty");
        }
        if (content.length > MAX_BYTES) {
            return Outcome.refused("file", "attachment.error.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String extension = extension(fileName);
        if (DANGEROUS_EXTENSIONS.contains(extension) || looksExecutable(content)) {
            return Outcome.refused("file", "attachment.error.dangerous");
        }
        if (!ALLOWED_EXTENSIONS.contains(extension)) {
            return Outcome.refused("file", "attachment.error.type");
        }
        String type = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into council_case_attachment (case_id, file_name, content_type, size_bytes, content,
                  uploaded_by, uploaded_by_account, uploaded_at)
                values (:caseId, :fileName, :contentType, :size, :content, :uploadedBy, :account, :uploadedAt)
                """)
            .param("caseId", caseId)
            .param("fileName", fileName)
            .param("contentType", type.length() > 200 ? "application/octet-stream" : type)
            .param("size", (long) content.length)
            .param("content", content)
            .param("uploadedBy", user.displayName())
            .param("account", user.accountId())
            .param("uploadedAt", now)
            .update(keys, "id");
        long id = java.util.Objects.requireNonNull(keys.getKeyAs(Long.class));
        Body body = bodies.body(councilCase.bodyId());
        auditLog.record(AuditAction.CREATE, AUDIT_ATTACHMENT, id, fileName, councilCase.number() + " " + body.shortName());
        return Outcome.done(new CaseAttachment(id, caseId, fileName, type, content.length, user.displayName(), now));
    }

    public List<CaseAttachment> attachments(long caseId) {
        return jdbc.sql("""
                select id, case_id, file_name, content_type, size_bytes, uploaded_by, uploaded_at
                from council_case_attachment where case_id = :caseId order by uploaded_at, id""")
            .param("caseId", caseId)
            .query((rs, n) -> new CaseAttachment(rs.getLong("id"), rs.getLong("case_id"), rs.getString("file_name"),
                    rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("uploaded_by"),
                    rs.getObject("uploaded_at", OffsetDateTime.class)))
            .list();
    }

    /** An attachment's content, for someone who may see the case. */
    public Download download(CurrentUser user, long caseId, long attachmentId) {
        cases.caseFor(user, caseId);
        return jdbc.sql("""
                select id, case_id, file_name, content_type, size_bytes, uploaded_by, uploaded_at, content
                from council_case_attachment where id = :id and case_id = :caseId""")
            .param("id", attachmentId)
            .param("caseId", caseId)
            .query((rs, n) -> new Download(new CaseAttachment(rs.getLong("id"), rs.getLong("case_id"),
                    rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                    rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class)),
                    rs.getBytes("content")))
            .optional()
            .orElseThrow(() -> new NotFoundProblem("Vedlegg " + attachmentId + " i sak " + caseId));
    }

    private static String fileName(@Nullable String originalName) {
        if (originalName == null) {
            return "";
        }
        // Browsers on some systems send the whole path; keep the last part only.
        String name = originalName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        name = name.replaceAll("[\\p{Cntrl}\"]", "");
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static boolean looksExecutable(byte[] content) {
        int skip = 0;
        // A UTF-8 byte order mark or leading white space must not hide a script.
        if (content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
                && (content[2] & 0xff) == 0xbf) {
            skip = 3;
        }
        while (skip < content.length && skip < 64 && Character.isWhitespace(content[skip])) {
            skip++;
        }
        String start = new String(content, skip, Math.min(64, content.length - skip), StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
        return DANGEROUS_STARTS.stream().anyMatch(start::startsWith);
    }

}
