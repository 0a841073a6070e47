package io.sharehub.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    @DisplayName("Han runs give every character and every overlapping bigram")
    void hanIndexTokens() {
        assertThat(Tokenizer.indexTokens("刹车片")).containsExactly("刹", "车", "片", "刹车", "车片");
        assertThat(Tokenizer.indexTokens("双")).containsExactly("双");
    }

    @Test
    @DisplayName("letters and digits are whole runs; everything else separates")
    void latinAndDigits() {
        assertThat(Tokenizer.indexTokens("iPhone15以旧换新")).containsExactly("iphone", "15", "以", "旧", "换", "新",
                "以旧", "旧换", "换新");
        assertThat(Tokenizer.indexTokens("BP-2043")).containsExactly("bp", "2043");
        assertThat(Tokenizer.indexTokens("ＢＰ２０４３")).containsExactly("bp", "2043");
        assertThat(Tokenizer.indexTokens("Ünïcödé café")).containsExactly("ünïcödé", "café");
        assertThat(Tokenizer.indexTokens("🔥爆款🔥")).containsExactly("爆", "款", "爆款");
        assertThat(Tokenizer.indexTokens("---！！")).isEmpty();
    }

    @Test
    @DisplayName("query Han runs of two or more give only bigrams; a single character gives itself")
    void queryTerms() {
        assertThat(Tokenizer.queryTerms("刹车片")).containsExactly(Set.of("刹车", "车片"));
        assertThat(Tokenizer.queryTerms("双")).containsExactly(Set.of("双"));
        assertThat(Tokenizer.queryTerms("新品 邀请")).containsExactly(Set.of("新品"), Set.of("邀请"));
        assertThat(Tokenizer.queryTerms("iPhone15")).containsExactly(Set.of("iphone", "15"));
        assertThat(Tokenizer.queryTerms("bp-2043")).containsExactly(Set.of("bp", "2043"));
    }

    @Test
    @DisplayName("terms split at any white space, ideographic space included; empty terms are dropped")
    void termSplitting() {
        assertThat(Tokenizer.queryTerms("刹车\u3000手册\t 15")).containsExactly(Set.of("刹车"), Set.of("手册"), Set.of("15"));
        assertThat(Tokenizer.queryTerms("- ！！ 海报")).containsExactly(Set.of("海报"));
        assertThat(Tokenizer.queryTerms("   ")).isEmpty();
        assertThat(Tokenizer.queryTerms("")).isEqualTo(List.of());
    }

    @Test
    @DisplayName("extension A and compatibility ideographs are Han; tags compare after NFKC and lower case")
    void hanBlocksAndTagKeys() {
        assertThat(Tokenizer.indexTokens("\u3400\u3401")).containsExactly("\u3400", "\u3401", "\u3400\u3401");
        assertThat(Tokenizer.tagKey("ＳＡＬＥ")).isEqualTo("sale");
        assertThat(Tokenizer.tagKey("Sale")).isEqualTo(Tokenizer.tagKey("sale"));
    }
}
