package no.fagflyt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.fagflyt.platform.CurrentUser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import no.fagflyt.support.IntegrationTest;

/**
 * Follows every link a demo user can reach from the start page (up to a bound) and fails on any page
 * that breaks: a server error, a raw message key or a text with a missing value in it. Catches template
 * mistakes that no targeted test happens to visit.
 */
@IntegrationTest
class CrawlTests {

    private static final int MAX_PAGES = 250;

    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)\"");

    /**
     * What a page shows when a value is missing or a text was not filled in: "null", a raw placeholder
     * such as "{0}", a dash standing in for a number inside a sentence ("Nivå – av 3"), or a "??key??".
     */
    private static final Pattern LEAK = Pattern.compile("\\bnull\\b|\\{\\d+[,}]|\\?\\?|– av \\d|\\bav –");

    private static final Pattern TAG = Pattern.compile("<script.*?</script>|<style.*?</style>|<[^>]*>", Pattern.DOTALL);

    private static final Pattern LABEL = Pattern.compile("(?:aria-label|title|alt|placeholder|data-label)=\"([^\"]*)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @ParameterizedTest
    @ValueSource(strings = { "admin", "leder", "klinikksjef", "radgiver", "ansatt", "fagutvikler", "kommuneleder" })
    void everyReachablePageRenders(String username) throws Exception {
        CurrentUser user = (CurrentUser) users.loadUserByUsername(username);
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        Set<String> seen = new HashSet<>(queue);
        List<String> broken = new ArrayList<>();
        int visited = 0;
        while (!queue.isEmpty() && visited < MAX_PAGES) {
            String path = queue.removeFirst();
            MvcResult result = mvc.perform(get(path).with(user(user))).andReturn();
            visited++;
            int status = result.getResponse().getStatus();
            // Downloads (PDF, XLSX) are followed for their status only; their bytes are no page to read.
            String type = result.getResponse().getContentType();
            String body = type == null || type.startsWith("text/html")
                    ? result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8) : "";
            if (status >= 500 || body.contains("??")) {
                broken.add(status + " " + path);
                continue;
            }
            Matcher leak = LEAK.matcher(visibleText(body));
            if (leak.find()) {
                broken.add(path + " shows «" + leak.group() + "»");
            }
            String redirect = result.getResponse().getRedirectedUrl();
            if (redirect != null && redirect.startsWith("/") && seen.add(redirect)) {
                queue.add(redirect);
            }
            Matcher links = LINK.matcher(body);
            while (links.find()) {
                String link = links.group(1).replace("&amp;", "&");
                if (!link.startsWith("/css/") && !link.startsWith("/js/") && !link.startsWith("/webjars/")
                        && !link.startsWith("/logout") && seen.add(link)) {
                    queue.add(link);
                }
            }
        }
        assertThat(broken).as("pages that broke for " + username).isEmpty();
        assertThat(visited).as("pages visited for " + username).isGreaterThan(2);
    }

    @Test
    void aMissingValueInsideASentenceCountsAsALeak() {
        assertThat(LEAK.matcher(visibleText("<small>Nivå – av 3</small>")).find()).isTrue();
        assertThat(LEAK.matcher(visibleText("<td data-label=\"Frist {0}\">x</td>")).find()).isTrue();
        assertThat(LEAK.matcher(visibleText("<p>Meldt inn av null</p>")).find()).isTrue();
        assertThat(LEAK.matcher(visibleText("<small>Nivå 2 av 3</small><p>kl. 09.00–11.00</p>")).find()).isFalse();
    }

    /** The text a reader sees or hears: the page without its tags, plus the labels in its attributes. */
    static String visibleText(String html) {
        StringBuilder text = new StringBuilder(TAG.matcher(html).replaceAll(" "));
        Matcher labels = LABEL.matcher(html);
        while (labels.find()) {
            text.append(' ').append(labels.group(1));
        }
        return text.toString();
    }

}
