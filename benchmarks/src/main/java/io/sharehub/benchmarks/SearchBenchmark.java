package io.sharehub.benchmarks;

import io.sharehub.Page;
import io.sharehub.ShareHub;
import io.sharehub.access.Viewer;
import io.sharehub.catalog.CategorySpec;
import io.sharehub.catalog.MaterialSpec;
import io.sharehub.catalog.SearchHit;
import io.sharehub.catalog.SearchRequest;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Pair 7: Chinese search over 100,000 materials, top 20, one thread, latency (p50 of JMH's sample
 * mode): ShareHub's in-memory catalog search beside Lucene 9.12 (CJKAnalyzer bigrams on the
 * title, stored titles read for the 20 hits, the query's bigrams all required like ShareHub's AND)
 * and beside a plain {@code String.contains} scan of every title (all terms required, the first
 * 20 matches, the total counted).
 *
 * <p>Titles: the 2,522 JD.com product titles of {@code shared/data/jd-product-titles}, each also
 * with one of 39 suffixes of two marketing words to make 100,000 distinct materials. Queries: 64
 * fixed picks (seeded) of a 2 to 4 character Han run of a title, half of them with a second term,
 * asked in turn.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class SearchBenchmark {
    static final int MATERIALS = Integer.getInteger("sharehub.bench.materials", 100_000);
    static final String TITLES = System.getProperty("sharehub.bench.titles",
            SharedData.resolve("jd-product-titles/prediction_errors.csv"));
    private static final String[] WORDS = {"官方旗舰店", "新款", "包邮", "正品", "限时特惠", "家用", "礼盒装", "热卖"};

    /** The titles and the queries, the same for every engine. */
    @State(Scope.Benchmark)
    public static class Corpus {
        final List<String> titles = new ArrayList<>(MATERIALS);
        final String[] queries = new String[64];
        private int next;

        @Setup(Level.Trial)
        public void read() throws IOException {
            List<String> base = new ArrayList<>();
            try (Reader in = Files.newBufferedReader(Path.of(TITLES), StandardCharsets.UTF_8)) {
                for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                    String title = record.get("text").strip();
                    if (!title.isEmpty() && title.length() <= 180) {
                        base.add(title);
                    }
                }
            }
            List<String> suffixes = new ArrayList<>();
            suffixes.add("");
            for (int a = 0; a < WORDS.length; a++) {
                for (int b = 0; b < WORDS.length; b++) {
                    if (a != b) {
                        suffixes.add(" " + WORDS[a] + " " + WORDS[b]);
                    }
                }
            }
            for (int i = 0; i < MATERIALS; i++) {
                titles.add(base.get(i % base.size()) + suffixes.get((i / base.size()) % suffixes.size()));
            }
            SplittableRandom random = new SplittableRandom(7);
            for (int q = 0; q < queries.length; q++) {
                String first = hanRun(base.get(random.nextInt(base.size())), random);
                queries[q] = q % 2 == 0 ? first : first + " " + hanRun(base.get(random.nextInt(base.size())), random);
            }
        }

        private static String hanRun(String title, SplittableRandom random) {
            List<String> runs = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            for (int i = 0; i <= title.length(); i++) {
                char c = i < title.length() ? title.charAt(i) : ' ';
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                    run.append(c);
                } else {
                    if (run.length() >= 2) {
                        runs.add(run.toString());
                    }
                    run.setLength(0);
                }
            }
            if (runs.isEmpty()) {
                return "手机";
            }
            String picked = runs.get(random.nextInt(runs.size()));
            int length = Math.min(picked.length(), 2 + random.nextInt(3));
            int from = random.nextInt(picked.length() - length + 1);
            return picked.substring(from, from + length);
        }

        String next() {
            return queries[next++ & (queries.length - 1)];
        }
    }

    /** ShareHub's in-memory catalog, every material public and published. */
    @State(Scope.Benchmark)
    public static class InShareHub {
        ShareHub hub;
        final Viewer visitor = Viewer.anonymous("openid-bench");

        @Setup(Level.Trial)
        public void index(Corpus corpus) {
            hub = Hubs.builder().build();
            hub.catalog().createCategory(CategorySpec.of("all", "全部"));
            for (int i = 0; i < corpus.titles.size(); i++) {
                String id = "M" + i;
                hub.catalog().createMaterial(MaterialSpec.of(id, corpus.titles.get(i), "all"));
                hub.catalog().publish(id);
            }
        }
    }

    /** Lucene with the CJK bigram analyzer, titles stored. */
    @State(Scope.Benchmark)
    public static class InLucene {
        final Analyzer analyzer = new CJKAnalyzer();
        ByteBuffersDirectory directory;
        DirectoryReader reader;
        IndexSearcher searcher;

        @Setup(Level.Trial)
        public void index(Corpus corpus) throws IOException {
            directory = new ByteBuffersDirectory();
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (int i = 0; i < corpus.titles.size(); i++) {
                    Document doc = new Document();
                    doc.add(new StringField("id", "M" + i, Field.Store.YES));
                    doc.add(new TextField("title", corpus.titles.get(i), Field.Store.YES));
                    writer.addDocument(doc);
                }
                writer.forceMerge(1);
            }
            reader = DirectoryReader.open(directory);
            searcher = new IndexSearcher(reader);
        }

        List<String> search(String text) throws IOException {
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            try (TokenStream tokens = analyzer.tokenStream("title", text)) {
                CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
                tokens.reset();
                while (tokens.incrementToken()) {
                    query.add(new TermQuery(new Term("title", term.toString())), BooleanClause.Occur.MUST);
                }
                tokens.end();
            }
            TopDocs top = searcher.search(query.build(), 20);
            StoredFields stored = searcher.storedFields();
            List<String> hits = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc hit : top.scoreDocs) {
                hits.add(stored.document(hit.doc).get("title"));
            }
            return hits;
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            reader.close();
            directory.close();
        }
    }

    /** The result of a scan: the first 20 matching titles and how many match. */
    record Scan(List<String> first, int total) {
    }

    @Benchmark
    public Page<SearchHit> sharehub(InShareHub engine, Corpus corpus) {
        return engine.hub.catalog().search(engine.visitor, SearchRequest.of(corpus.next()));
    }

    @Benchmark
    public List<String> lucene(InLucene engine, Corpus corpus) throws IOException {
        return engine.search(corpus.next());
    }

    @Benchmark
    public Scan containsScan(Corpus corpus) {
        String[] terms = corpus.next().split(" ");
        List<String> first = new ArrayList<>(20);
        int total = 0;
        for (String title : corpus.titles) {
            boolean all = true;
            for (String term : terms) {
                if (!title.contains(term)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                total++;
                if (first.size() < 20) {
                    first.add(title);
                }
            }
        }
        return new Scan(first, total);
    }
}
