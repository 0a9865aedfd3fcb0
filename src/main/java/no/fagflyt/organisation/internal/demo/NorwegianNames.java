package no.fagflyt.organisation.internal.demo;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Common Norwegian given names and surnames, and made-up place names for the scale data. */
final class NorwegianNames {

    static final List<String> FEMALE = List.of("Anne", "Inger", "Kari", "Marit", "Ingrid", "Liv", "Eva", "Berit",
            "Astrid", "Bjørg", "Hilde", "Anna", "Solveig", "Marianne", "Randi", "Ida", "Nina", "Maria", "Elisabeth",
            "Kristin", "Bente", "Heidi", "Silje", "Hanne", "Gerd", "Linda", "Tone", "Elin", "Anita", "Wenche",
            "Camilla", "Ragnhild", "Ellen", "Karin", "Hege", "Mona", "Trine", "Monica", "Nora", "Emma", "Sara",
            "Julie", "Thea", "Ingeborg", "Sigrid", "Tove", "Grete", "Turid", "Siri", "Lene", "Kristine", "Mari",
            "Marte", "Sofie", "Hanna", "Maja", "Vilde", "Guro", "Tuva", "Synnøve", "Åse", "Unni", "Gunn", "Laila",
            "Torill", "Frida", "Ane", "Helene", "Line", "Stine");

    static final List<String> MALE = List.of("Jan", "Per", "Bjørn", "Ole", "Lars", "Kjell", "Knut", "Arne", "Svein",
            "Thomas", "Hans", "Geir", "Tor", "Morten", "Terje", "Odd", "Erik", "Martin", "Andreas", "Rune", "Trond",
            "Anders", "Tore", "Harald", "Jon", "Espen", "Frode", "Magnus", "Kristian", "Henrik", "Stian", "Eirik",
            "Jonas", "Sindre", "Håkon", "Øyvind", "Sigurd", "Even", "Vegard", "Aksel", "Emil", "Sander", "Petter",
            "Gunnar", "Steinar", "Leif", "Rolf", "Dag", "Audun", "Åsmund", "Nils", "Olav", "Jørgen", "Mats");

    static final List<String> SURNAMES = List.of("Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen",
            "Nilsen", "Kristiansen", "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen",
            "Johannessen", "Andreassen", "Jacobsen", "Dahl", "Jørgensen", "Halvorsen", "Henriksen", "Lund",
            "Sørensen", "Jakobsen", "Moen", "Gundersen", "Iversen", "Strand", "Solberg", "Svendsen", "Eide",
            "Knutsen", "Martinsen", "Paulsen", "Bakken", "Kristoffersen", "Mathisen", "Lie", "Amundsen", "Nguyen",
            "Rasmussen", "Ali", "Lunde", "Solheim", "Berge", "Moe", "Nygård", "Bakke", "Kristensen", "Fredriksen",
            "Holm", "Lien", "Hauge", "Christensen", "Andresen", "Nielsen", "Knudsen", "Evensen", "Sæther", "Aas",
            "Myhre", "Hanssen", "Ahmed", "Haugland", "Thomassen", "Sivertsen", "Simonsen", "Danielsen", "Berntsen",
            "Sandvik", "Rønning", "Arnesen", "Antonsen", "Næss", "Vik", "Haug", "Ellingsen", "Thorsen", "Edvardsen",
            "Birkeland", "Isaksen", "Gulbrandsen", "Ruud", "Aasen", "Strøm", "Myklebust", "Tangen", "Ødegård",
            "Eliassen", "Helland", "Bøe", "Aune", "Mikkelsen", "Tveit", "Brekke", "Abrahamsen", "Madsen", "Khan",
            "Hussain", "Kowalski", "Nowak", "Tran");

    private static final List<String> PLACE_STARTS = List.of("Sol", "Berg", "Fjell", "Eik", "Bjørke", "Lyng",
            "Stor", "Lille", "Nord", "Sør", "Aust", "Vest", "Øy", "Sand", "Strand", "Elve", "Fure", "Gran", "Ask",
            "Hval", "Rogn", "Lind", "Bakke", "Mo", "Hol", "Dal", "Li", "Ny", "Gamle", "Hauge", "Fosse", "Skog",
            "Myr", "Sjø", "Breid", "Kvit", "Rød", "Grøn", "Bratt", "Vide");

    private static final List<String> PLACE_ENDS = List.of("vik", "dal", "berg", "nes", "sund", "fjord", "stad",
            "heim", "rud", "land", "øy", "bø", "vang", "voll", "haug", "mo", "li", "eid", "bygd", "set", "ås",
            "fjell", "elv", "vær", "strand", "tun", "holt", "myr", "sjø", "eng");

    private NorwegianNames() {
    }

    /** A made-up place name, different for every index below the number of combinations (1,200). */
    static String place(int index) {
        int combinations = PLACE_STARTS.size() * PLACE_ENDS.size();
        String start = PLACE_STARTS.get(index % PLACE_STARTS.size());
        String end = PLACE_ENDS.get((index / PLACE_STARTS.size()) % PLACE_ENDS.size());
        String name = start + end;
        int round = index / combinations;
        return round == 0 ? name : name + " " + (round + 1);
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Lower case ASCII for e-mail addresses and domains: æ → ae, ø → o, å → a, the rest dropped. */
    static String ascii(String text) {
        String lower = text.toLowerCase(Locale.ROOT)
            .replace("æ", "ae")
            .replace("ø", "o")
            .replace("å", "a")
            .replace("é", "e")
            .replace(' ', '-');
        return lower.replaceAll("[^a-z0-9.-]", "");
    }

}
