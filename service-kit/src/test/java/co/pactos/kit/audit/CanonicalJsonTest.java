package co.pactos.kit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import co.pactos.events.EventJson;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 8785's own examples: the canonical form of its sample object, its key order, and its table of numbers (Appendix B). */
class CanonicalJsonTest {

    private static String canonical(String json) throws Exception {
        return CanonicalJson.string(EventJson.mapper().readTree(json));
    }

    @Test
    void the_rfc_sample_object_is_written_as_the_rfc_writes_it() throws Exception {
        String input = """
                {
                  "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
                  "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
                  "literals": [null, true, false]
                }""";
        assertThat(canonical(input)).isEqualTo(
                "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                        + "\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
    }

    @Test
    void members_are_sorted_by_utf16_code_units() throws Exception {
        String input = """
                {"\\u20ac": "Euro Sign", "\\r": "Carriage Return", "\\ufb33": "Hebrew Letter Dalet With Dagesh", "1": "One",
                 "\\ud83d\\ude00": "Emoji: Grinning Face", "\\u0080": "Control", "\\u00f6": "Latin Small Letter O With Diaeresis"}""";
        assertThat(canonical(input)).isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                + "\"ö\":\"Latin Small Letter O With Diaeresis\",\"€\":\"Euro Sign\",\"😀\":\"Emoji: Grinning Face\","
                + "\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "0000000000000000, 0",
            "8000000000000000, 0",
            "0000000000000001, 5e-324",
            "8000000000000001, -5e-324",
            "7fefffffffffffff, 1.7976931348623157e+308",
            "ffefffffffffffff, -1.7976931348623157e+308",
            "4340000000000000, 9007199254740992",
            "c340000000000000, -9007199254740992",
            "4430000000000000, 295147905179352830000",
            "44b52d02c7e14af5, 9.999999999999997e+22",
            "44b52d02c7e14af6, 1e+23",
            "44b52d02c7e14af7, 1.0000000000000001e+23",
            "444b1ae4d6e2ef4e, 999999999999999700000",
            "444b1ae4d6e2ef4f, 999999999999999900000",
            "444b1ae4d6e2ef50, 1e+21",
            "3eb0c6f7a0b5ed8c, 9.999999999999997e-7",
            "3eb0c6f7a0b5ed8d, 0.000001",
            "41b3de4355555553, 333333333.3333332",
            "41b3de4355555554, 333333333.33333325",
            "41b3de4355555555, 333333333.3333333",
            "41b3de4355555556, 333333333.3333334",
            "41b3de4355555557, 333333333.33333343",
            "becbf647612f3696, -0.0000033333333333333333",
            "43143ff3c1cb0959, 1424953923781206.2"})
    void numbers_are_written_as_ecmascript_writes_the_double(String bits, String expected) {
        double value = Double.longBitsToDouble(Long.parseUnsignedLong(bits, 16));
        assertThat(CanonicalJson.number(value)).isEqualTo(expected);
        // the same double read from its shortest decimal, as a payload's BigDecimal would be
        assertThat(CanonicalJson.number(new BigDecimal(Double.toString(value)))).isEqualTo(expected);
    }

    @Test
    void decimals_and_money_of_the_contract_keep_their_value() {
        assertThat(CanonicalJson.number(new BigDecimal("12.50"))).isEqualTo("12.5");
        assertThat(CanonicalJson.number(new BigDecimal("0.000001"))).isEqualTo("0.000001");
        assertThat(CanonicalJson.number(new BigDecimal("99999999999999.999999"))).isEqualTo("100000000000000");
        assertThat(CanonicalJson.number(11_224_170_162L)).isEqualTo("11224170162");
        assertThat(CanonicalJson.number(new BigDecimal("1E+2"))).isEqualTo("100");
        assertThat(CanonicalJson.number(-0.0)).isEqualTo("0");
    }
}
