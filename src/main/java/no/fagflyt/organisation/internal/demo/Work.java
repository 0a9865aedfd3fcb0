package no.fagflyt.organisation.internal.demo;

import java.util.List;
import java.util.Random;

import no.fagflyt.organisation.UnitKind;

/** The kind of work done in a unit, which decides the mix of professions and position titles there. */
enum Work {

    KONTOR(post("HELSESEKRETAER", "Helsesekretær", 8), post("SEKRETAER", "Sekretær", 2),
            post("KONTORMEDARBEIDER", "Kontormedarbeider", 1)),
    SENGEPOST(post("SYKEPLEIER", "Sykepleier", 7), post("SPESIALSYKEPLEIER", "Spesialsykepleier", 1),
            post("HELSEFAGARBEIDER", "Helsefagarbeider", 3), post("LEGE", "Overlege", 1),
            post("LEGE", "Lege i spesialisering", 1)),
    POLIKLINIKK(post("SYKEPLEIER", "Sykepleier", 4), post("LEGE", "Overlege", 2),
            post("HELSESEKRETAER", "Helsesekretær", 2)),
    PSYKISK_HELSE(post("PSYKOLOG", "Psykologspesialist", 2), post("PSYKOLOG", "Psykolog", 2),
            post("SPESIALSYKEPLEIER", "Spesialsykepleier", 2), post("VERNEPLEIER", "Miljøterapeut", 2),
            post("LEGE", "Overlege", 1)),
    REHABILITERING(post("FYSIOTERAPEUT", "Fysioterapeut", 4), post("SYKEPLEIER", "Sykepleier", 2),
            post("HELSEFAGARBEIDER", "Helsefagarbeider", 2), post("LEGE", "Overlege", 1)),
    LABORATORIUM(post("BIOINGENIOR", "Bioingeniør", 7), post("LEGE", "Overlege", 1),
            post("HELSESEKRETAER", "Helsesekretær", 1)),
    RADIOLOGI(post("ANNET", "Radiograf", 5), post("LEGE", "Overlege", 1), post("HELSESEKRETAER", "Helsesekretær", 1)),
    AMBULANSE(post("ANNET", "Ambulansearbeider", 4), post("SYKEPLEIER", "Paramedisiner", 1)),
    AMK(post("SYKEPLEIER", "AMK-operatør", 3), post("ANNET", "Ambulansearbeider", 1)),
    PORTOR(post("PORTOR", "Portør", 1)),
    APOTEK(post("APOTEKTEKNIKER", "Apotektekniker", 6), post("ANNET", "Provisorfarmasøyt", 1)),
    DOKUMENTSENTER(post("SEKRETAER", "Sekretær", 2), post("KONTORMEDARBEIDER", "Arkivmedarbeider", 2),
            post("KONTORMEDARBEIDER", "Sentralbordoperatør", 1)),
    STAB(post("RADGIVER", "Rådgiver", 3), post("RADGIVER", "Seniorrådgiver", 2), post("SEKRETAER", "Konsulent", 1)),
    KOMPETANSE(post("RADGIVER", "Kompetanserådgiver", 3), post("RADGIVER", "Rådgiver", 1),
            post("SEKRETAER", "Konsulent", 1)),
    SYKEHJEM(post("HELSEFAGARBEIDER", "Helsefagarbeider", 6), post("SYKEPLEIER", "Sykepleier", 3),
            post("ANNET", "Assistent", 2), post("VERNEPLEIER", "Vernepleier", 1)),
    HJEMMETJENESTE(post("HELSEFAGARBEIDER", "Helsefagarbeider", 5), post("SYKEPLEIER", "Sykepleier", 4),
            post("VERNEPLEIER", "Vernepleier", 1), post("ANNET", "Assistent", 1)),
    TILDELING(post("SYKEPLEIER", "Saksbehandler", 2), post("KONTORMEDARBEIDER", "Konsulent", 1),
            post("RADGIVER", "Rådgiver", 1)),
    KOMMUNE_ADMINISTRASJON(post("KONTORMEDARBEIDER", "Konsulent", 2), post("RADGIVER", "Rådgiver", 2),
            post("SEKRETAER", "Sekretær", 1));

    record Post(String professionCode, String title, int weight) {
    }

    private final List<Post> posts;

    private final int totalWeight;

    Work(Post... posts) {
        this.posts = List.of(posts);
        this.totalWeight = this.posts.stream().mapToInt(Post::weight).sum();
    }

    private static Post post(String professionCode, String title, int weight) {
        return new Post(professionCode, title, weight);
    }

    Post draw(Random random) {
        int ticket = random.nextInt(totalWeight);
        for (Post post : posts) {
            ticket -= post.weight();
            if (ticket < 0) {
                return post;
            }
        }
        throw new IllegalStateException("weights");
    }

    /** The usual title of the person leading a unit of this kind. */
    static String leaderTitle(UnitKind kind) {
        return switch (kind) {
            case HELSEFORETAK -> "Administrerende direktør";
            case KOMMUNE -> "Kommunedirektør";
            case KLINIKK -> "Klinikksjef";
            case DIVISJON -> "Divisjonsdirektør";
            case STAB, AVDELING -> "Avdelingsleder";
            case SEKSJON -> "Seksjonsleder";
            case VIRKSOMHET -> "Virksomhetsleder";
            case ENHET -> "Kommunalsjef";
        };
    }

}
