package no.fagflyt.council.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small suffix-stripping stemmer for bokmål. It removes the common inflections of nouns and adjectives
 * so that "henvisning", "henvisningen", "henvisninger" and "henvisningene" meet in one term. It does not
 * split compounds and knows no exceptions: both the index and the query go through it, so a stem only has
 * to be the same for every form, not a real word.
 */
public final class NorwegianStemmer {

    /** Shorter stems than this are left alone: "ting" must not become "t". */
    private static final int MIN_STEM = 3;

    // Longest first, so "ingene" wins over "ene" and "e".
    private static final List<String> INFLECTIONS = List.of("ingene", "ingens", "elsene", "hetene", "ingen", "inger",
            "ingers", "elsen", "erne", "elser", "heten", "heter", "ing", "else", "lige", "ene", "ane", "ens", "ers", "ets", "het",
            "lig", "en", "et", "er", "ar", "e", "a");

    // Endings a genitive -s may follow ("sakens", "rådets", "henvisningenes").
    private static final List<String> GENITIVE_BASES = List.of("en", "et", "ene", "ane", "er", "ing", "else", "het");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private static final Set<String> STOP_WORDS = Set.of("og", "i", "på", "som", "er", "det", "den", "de", "en", "et",
            "ei", "til", "av", "for", "med", "at", "om", "å", "fra", "har", "var", "ikke", "seg", "så", "vi", "kan",
            "skal", "ble", "blir", "eller", "men", "der", "hva", "hvor", "når", "etter", "mot", "ved", "under", "over");

    private NorwegianStemmer() {
    }

    public static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() <= MIN_STEM) {
            return w;
        }
        if (w.endsWith("s") && !w.endsWith("ss")) {
            String base = w.substring(0, w.length() - 1);
            if (GENITIVE_BASES.stream().anyMatch(base::endsWith) && base.length() > MIN_STEM) {
                w = base;
            }
        }
        // Repeated until nothing more comes off, because a stem may itself end like an inflection:
        // "kvaliteten" → "kvalitet" → "kvalit", and "tilgjengeligheten" → "tilgjengelig" → "tilgjenge" → "tilgjeng".
        for (int round = 0; round < 4; round++) {
            String shorter = strip(w, INFLECTIONS);
            if (shorter.equals(w)) {
                break;
            }
            w = shorter;
        }
        return undouble(w);
    }

    private static String strip(String word, List<String> suffixes) {
        for (String suffix : suffixes) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= MIN_STEM) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }

    /** "rommet" and "rom" both end as "rom"; the same rule applied everywhere keeps stems equal. */
    private static String undouble(String word) {
        int n = word.length();
        if (n > MIN_STEM && word.charAt(n - 1) == word.charAt(n - 2) && !isVowel(word.charAt(n - 1))) {
            return word.substring(0, n - 1);
        }
        return word;
    }

    private static boolean isVowel(char c) {
        return "aeiouyæøå".indexOf(c) >= 0;
    }

    /** The distinct stems of a text, without stop words, in order of first appearance. */
    public static Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        for (String word : words(text)) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (!STOP_WORDS.contains(lower)) {
                terms.add(truncate(stem(lower)));
            }
        }
        return terms;
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    static Matcher wordMatcher(String text) {
        return WORD.matcher(text);
    }

    private static String truncate(String term) {
        return term.length() > 60 ? term.substring(0, 60) : term;
    }

}
