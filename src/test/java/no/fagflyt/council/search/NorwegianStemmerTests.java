package no.fagflyt.council.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NorwegianStemmerTests {

    @ParameterizedTest(name = "{0} → every form meets in one stem")
    @CsvSource(delimiter = '|', textBlock = """
            henvisning       | henvisningen henvisninger henvisningene henvisningens
            sak              | saken saker sakene sakens
            møte             | møtet møter møtene møtets
            rutine           | rutinen rutiner rutinene
            kvalitet         | kvaliteten kvaliteter kvalitetene
            tilgjengelighet  | tilgjengeligheten tilgjengelig tilgjengelige
            opplevelse       | opplevelsen opplevelser opplevelsene
            registrering     | registreringen registreringer registreringene
            innkalling       | innkallingen innkallinger innkallingene
            leder            | lederen ledere lederne lederens
            vanlig           | vanlige
            pasient          | pasienten pasienter pasientene pasientens
            rom              | rommet rommene
            avvik            | avviket avvikene
            enhet            | enheten enheter enhetene
            råd              | rådet rådets rådene
            """)
    void inflectedFormsShareTheStemOfTheBaseForm(String base, String forms) {
        String stem = NorwegianStemmer.stem(base);
        List<String> all = Arrays.asList(forms.split(" "));
        assertThat(all).allSatisfy(form -> assertThat(NorwegianStemmer.stem(form)).as(form).isEqualTo(stem));
    }

    @Test
    void shortWordsAreLeftWholeSoThatTheyDoNotCollapse() {
        assertThat(NorwegianStemmer.stem("ting")).isEqualTo("ting");
        assertThat(NorwegianStemmer.stem("tingen")).isEqualTo("ting");
        assertThat(NorwegianStemmer.stem("sak")).isEqualTo("sak");
        assertThat(NorwegianStemmer.stem("Ene")).isEqualTo("ene");
    }

    @Test
    void wordsThatAreNotInflectionsOfEachOtherKeepDifferentStems() {
        assertThat(NorwegianStemmer.stem("henvisning")).isNotEqualTo(NorwegianStemmer.stem("ventetid"));
        assertThat(NorwegianStemmer.stem("sykehus")).isEqualTo("sykehus");
        assertThat(NorwegianStemmer.stem("prosess")).isEqualTo(NorwegianStemmer.stem("prosessen"));
    }

    @Test
    void termsAreLowerCasedStemmedAndFreeOfStopWords() {
        assertThat(NorwegianStemmer.terms("Rådet og HENVISNINGENE i DIPS, på 10 dager"))
            .containsExactly("råd", NorwegianStemmer.stem("henvisning"), "dips", "10", "dag");
    }

}
