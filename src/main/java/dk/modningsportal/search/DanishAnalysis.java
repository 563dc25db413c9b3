package dk.modningsportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How Danish text is indexed and searched: words lower-cased, compounds also indexed by their parts (a word list
 * of the domain, {@code search/danish-compound-parts.txt}), Danish stop words left out (Snowball's and a few more,
 * {@code search/danish-extra-stopwords.txt}), and every word reduced to
 * its stem (Snowball's Danish stemmer), so "forældreinddragelse" and "inddrage forældrene" meet.
 */
public class DanishAnalysis implements LuceneAnalysisConfigurer {

    static final String DANISH = "danish";
    private static final String COMPOUND_PARTS = "search/danish-compound-parts.txt";
    private static final String STOP_WORDS = "org/apache/lucene/analysis/snowball/danish_stop.txt";
    private static final String EXTRA_STOP_WORDS = "search/danish-extra-stopwords.txt";
    /** Stems shorter than this say little about what a text is about (for theme suggestions). */
    private static final int TELLING_STEM = 3;

    private static final Analyzer ANALYZER = build();

    /**
     * What the index was written with: raise the number when the mapping or the analysis chain changes; the word
     * lists count themselves. An index of another format is rebuilt at start.
     */
    static final String FORMAT = "1-" + checksum(COMPOUND_PARTS, STOP_WORDS, EXTRA_STOP_WORDS);

    private static String checksum(String... resources) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        for (String resource : resources) {
            try (var in = DanishAnalysis.class.getClassLoader().getResourceAsStream(resource)) {
                crc.update(in.readAllBytes());
            } catch (IOException | NullPointerException e) {
                throw new IllegalStateException("Search word list missing: " + resource, e);
            }
        }
        return Long.toHexString(crc.getValue());
    }

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(DANISH).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("dictionaryCompoundWord")
                        .param("dictionary", COMPOUND_PARTS).param("minSubwordSize", "4")
                        .param("onlyLongestMatch", "false")
                .tokenFilter("stop").param("words", STOP_WORDS).param("format", "snowball")
                .tokenFilter("stop").param("words", EXTRA_STOP_WORDS)
                .tokenFilter("snowballPorter").param("language", "Danish");
    }

    private static Analyzer build() {
        try {
            return CustomAnalyzer.builder(new ClasspathResourceLoader(DanishAnalysis.class.getClassLoader()))
                    .withTokenizer("standard")
                    .addTokenFilter("lowercase")
                    .addTokenFilter("dictionaryCompoundWord", "dictionary", COMPOUND_PARTS, "minSubwordSize", "4",
                            "onlyLongestMatch", "false")
                    .addTokenFilter("stop", "words", STOP_WORDS, "format", "snowball")
                    .addTokenFilter("stop", "words", EXTRA_STOP_WORDS)
                    .addTokenFilter("snowballPorter", "language", "Danish")
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The distinct stems of a text, as the index has them, leaving out the shortest. */
    static Set<String> stems(String text) {
        Set<String> stems = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return stems;
        }
        try (TokenStream tokens = ANALYZER.tokenStream(BODY_FIELD, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (term.length() >= TELLING_STEM) {
                    stems.add(term.toString());
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stems;
    }

    /** The stem of one word, for naming a suggested theme by the word people actually wrote. */
    static String stemOf(String word) {
        Set<String> stems = stems(word);
        return stems.isEmpty() ? null : stems.iterator().next();
    }

    private static final String BODY_FIELD = "body";
}
