package no.fagflyt.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personal calendar feed: one private link per account that a calendar client subscribes to without
 * logging in. The link holds a random token of 256 bits; only its SHA-256 hash is stored, so the link is
 * shown once when made and a new one revokes the old. The entries come from every
 * {@link CalendarContributor}, each deciding what the token's owner may see.
 */
@Service
public class CalendarFeeds {

    public static final String AUDIT_FEED = "KALENDERABONNEMENT";

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");


    private final SecureRandom random = new SecureRandom();

    private final JdbcClient jdbc;

    private final AccountLookup accounts;

    private final List<CalendarContributor> contributors;

    private final AuditLog auditLog;

    private final NorwegianTexts messages;

    private final Clock clock;

    CalendarFeeds(JdbcClient jdbc, AccountLookup accounts, List<CalendarContributor> contributors, AuditLog auditLog,
            NorwegianTexts messages, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.contributors = contributors;
        this.auditLog = auditLog;
        this.messages = messages;
        this.clock = clock;
    }

    /** Whether the user has a feed link, since when and when a client last fetched it. */
    public record FeedStatus(OffsetDateTime createdAt, @Nullable OffsetDateTime lastUsedAt) {
    }

    public Optional<FeedStatus> status(CurrentUser user) {
        return jdbc.sql("select created_at, last_used_at from calendar_feed where account_id = :account")
            .param("account", user.accountId())
            .query((rs, n) -> new FeedStatus(rs.getObject("created_at", OffsetDateTime.class),
                    rs.getObject("last_used_at", OffsetDateTime.class)))
            .optional();
    }

    /** Makes a new private token for the user, revoking any earlier one, and returns it (the only time it is seen). */
    @Transactional
    public String enable(CurrentUser user) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        boolean replaced = jdbc.sql("delete from calendar_feed where account_id = :account")
            .param("account", user.accountId())
            .update() > 0;
        jdbc.sql("insert into calendar_feed (account_id, token_hash, created_at) values (:account, :hash, :now)")
            .param("account", user.accountId())
            .param("hash", hash(token))
            .param("now", OffsetDateTime.now(clock))
            .update();
        auditLog.record(replaced ? AuditAction.UPDATE : AuditAction.CREATE, AUDIT_FEED, user.accountId(), null,
                replaced ? "Ny lenke, den gamle er sperret" : "Slått på");
        return token;
    }

    /** Turns the feed off: the link stops working at once. */
    @Transactional
    public void disable(CurrentUser user) {
        if (jdbc.sql("delete from calendar_feed where account_id = :account")
            .param("account", user.accountId())
            .update() > 0) {
            auditLog.record(AuditAction.DELETE, AUDIT_FEED, user.accountId(), null, "Slått av");
        }
    }

    /**
     * The iCalendar text for a token, or empty when the token is unknown or revoked or its account no longer
     * active. The first fetch of a day is audit-logged with the count of entries only; clients poll often,
     * and the entries are the owner's own.
     */
    @Transactional
    public Optional<String> render(String token, String baseUrl) {
        if (!TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        record Feed(long accountId, @Nullable OffsetDateTime lastUsedAt) {
        }
        Optional<Feed> feed = jdbc.sql("select account_id, last_used_at from calendar_feed where token_hash = :hash")
            .param("hash", hash(token))
            .query((rs, n) -> new Feed(rs.getLong("account_id"), rs.getObject("last_used_at", OffsetDateTime.class)))
            .optional();
        Optional<CurrentUser> owner = feed.flatMap(found -> accounts.activeAccount(found.accountId()));
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        CurrentUser user = owner.get();
        List<CalendarEntry> entries = new ArrayList<>();
        Long personId = user.personId();
        if (personId != null) {
            contributors.forEach(contributor -> entries.addAll(contributor.entriesFor(user, personId)));
        }
        entries.sort(Comparator.comparing(CalendarEntry::start).thenComparing(CalendarEntry::uid));
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("update calendar_feed set last_used_at = :now where account_id = :account")
            .param("now", now)
            .param("account", user.accountId())
            .update();
        OffsetDateTime lastUsed = feed.get().lastUsedAt();
        LocalDate today = now.atZoneSameInstant(NorwegianTime.ZONE).toLocalDate();
        if (lastUsed == null || lastUsed.atZoneSameInstant(NorwegianTime.ZONE).toLocalDate().isBefore(today)) {
            auditLog.recordAs(user.getUsername(), user.accountId(), AuditAction.READ, AUDIT_FEED, user.accountId(),
                    null, entries.size() + " oppføringer hentet");
        }
        String name = messages.text("calendarFeed.name");
        return Optional.of(ICalendar.feed(name, entries, baseUrl, clock.instant()));
    }

    private static String hash(String token) {
        try {
            return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

}
