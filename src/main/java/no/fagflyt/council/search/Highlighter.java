package no.fagflyt.council.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Splits a text into plain and matching pieces. The page writes each piece with th:text and wraps the
 * matching ones in mark, so user text is always escaped and no HTML is built here.
 */
final class Highlighter {

    private static final int BEFORE = 60;

    private static final int WIDTH = 240;

    private Highlighter() {
    }

    static List<Segment> segments(String text, Set<String> stems) {
        List<Segment> segments = new ArrayList<>();
        Matcher words = NorwegianStemmer.wordMatcher(text);
        int plainFrom = 0;
        while (words.find()) {
            if (stems.contains(NorwegianStemmer.stem(words.group().toLowerCase(Locale.ROOT)))) {
                if (words.start() > plainFrom) {
                    segments.add(new Segment(text.substring(plainFrom, words.start()), false));
                }
                segments.add(new Segment(words.group(), true));
                plainFrom = words.end();
            }
        }
        if (plainFrom < text.length()) {
            segments.add(new Segment(text.substring(plainFrom), false));
        }
        return segments;
    }

    /** A window of the text around its first match, cut at spaces, with ellipses where it was cut. */
    static List<Segment> snippet(String text, Set<String> stems) {
        int first = firstMatch(text, stems);
        int from = Math.max(0, first - BEFORE);
        if (from > 0) {
            int space = text.indexOf(' ', from);
            from = space < 0 || space >= first ? from : space + 1;
        }
        int to = Math.min(text.length(), from + WIDTH);
        if (to < text.length()) {
            int space = text.lastIndexOf(' ', to);
            to = space > first ? space : to;
        }
        List<Segment> segments = new ArrayList<>();
        if (from > 0) {
            segments.add(new Segment("… ", false));
        }
        segments.addAll(segments(text.substring(from, to), stems));
        if (to < text.length()) {
            segments.add(new Segment(" …", false));
        }
        return segments;
    }

    static boolean matches(String text, Set<String> stems) {
        Matcher words = NorwegianStemmer.wordMatcher(text);
        while (words.find()) {
            if (stems.contains(NorwegianStemmer.stem(words.group().toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    /** Where the first matching word starts, or 0 when none does, so the snippet shows the beginning. */
    private static int firstMatch(String text, Set<String> stems) {
        Matcher words = NorwegianStemmer.wordMatcher(text);
        while (words.find()) {
            if (stems.contains(NorwegianStemmer.stem(words.group().toLowerCase(Locale.ROOT)))) {
                return words.start();
            }
        }
        return 0;
    }

}
