package no.fagflyt.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetFormulasTests {

    @Test
    void aCellStartingWithAFormulaCharacterGetsAnApostropheThatOurImportTakesOffAgain() {
        for (String formula : new String[] { "=1+1", "+47 123", "-abc", "@SUM(A1)", "\tx", "\rx", "=" }) {
            String written = SpreadsheetFormulas.neutralise(formula);
            assertThat(written).isEqualTo("'" + formula);
            assertThat(SpreadsheetFormulas.restore(written)).isEqualTo(formula);
        }
    }

    @Test
    void numbersAndOrdinaryTextAreLeftAsTheyAre() {
        for (String plain : new String[] { "-12", "-12,5", "+3.25", "0", "Kari", "'Sitat'", "", "a=b" }) {
            assertThat(SpreadsheetFormulas.neutralise(plain)).isEqualTo(plain);
            assertThat(SpreadsheetFormulas.restore(plain)).isEqualTo(plain);
        }
        assertThat(SpreadsheetFormulas.neutralise(null)).isNull();
        assertThat(SpreadsheetFormulas.restore("'-12")).as("only what neutralise could have written").isEqualTo("'-12");
    }

    @Test
    void textThatAlreadyStartsWithAnApostropheBeforeAFormulaAlsoComesBackExactly() {
        assertThat(SpreadsheetFormulas.neutralise("'=x")).isEqualTo("''=x");
        assertThat(SpreadsheetFormulas.restore("''=x")).isEqualTo("'=x");
        assertThat(SpreadsheetFormulas.restore(SpreadsheetFormulas.neutralise("''@x"))).isEqualTo("''@x");
    }

}
