package no.fagflyt.platform;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps an uploaded file between its preview and the user's confirmation. It lives in the database,
 * not the session, so any application instance can finish the import; only the uploader can fetch it.
 */
@Service
public class UploadStaging {

    private final JdbcClient jdbc;

    private final Clock clock;

    UploadStaging(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record StagedFile(String token, String fileName, byte[] content) {
    }

    @Transactional
    public String stage(String purpose, String fileName, byte[] content) {
        String token = UUID.randomUUID().toString();
        jdbc.sql("""
                insert into staged_upload (id, purpose, file_name, content, uploaded_by, uploaded_at)
                values (:id, :purpose, :fileName, :content, :uploadedBy, :uploadedAt)
                """)
            .param("id", token)
            .param("purpose", purpose)
            .param("fileName", fileName)
            .param("content", content)
            .param("uploadedBy", CurrentUsers.require().getUsername())
            .param("uploadedAt", OffsetDateTime.now(clock))
            .update();
        return token;
    }

    public Optional<StagedFile> find(String token, String purpose) {
        return jdbc.sql("""
                select id, file_name, content from staged_upload
                where id = :id and purpose = :purpose and uploaded_by = :uploadedBy
                """)
            .param("id", token)
            .param("purpose", purpose)
            .param("uploadedBy", CurrentUsers.require().getUsername())
            .query((rs, n) -> new StagedFile(rs.getString("id"), rs.getString("file_name"), rs.getBytes("content")))
            .optional();
    }

    /**
     * Removes the uploader's staged file inside the caller's transaction and says whether this call was the one
     * that removed it: of two confirmations of the same file, only one gets true (the other waits for the row
     * lock and then finds it gone), and a rollback puts the file back.
     */
    @Transactional
    public boolean take(String token, String purpose) {
        return jdbc.sql("delete from staged_upload where id = :id and purpose = :purpose and uploaded_by = :uploadedBy")
            .param("id", token)
            .param("purpose", purpose)
            .param("uploadedBy", CurrentUsers.require().getUsername())
            .update() == 1;
    }

    @Transactional
    public void discard(String token) {
        jdbc.sql("delete from staged_upload where id = :id").param("id", token).update();
    }

    /** Uploads nobody confirmed within a day are thrown away. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @Transactional
    public void discardAbandoned() {
        jdbc.sql("delete from staged_upload where uploaded_at < :cutoff")
            .param("cutoff", OffsetDateTime.now(clock).minusDays(1))
            .update();
    }

}
