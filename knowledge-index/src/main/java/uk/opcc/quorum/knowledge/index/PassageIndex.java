package uk.opcc.quorum.knowledge.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

import uk.opcc.quorum.knowledge.Audience;

/**
 * The Lucene index on disk: English analysis with stemming and BM25 over passage text,
 * HNSW over passage vectors, and the reader's audiences applied as a filter inside both
 * queries, so a passage the reader may not see is never even a candidate. Each change is
 * one Lucene commit: a crash mid-ingestion leaves the previous commit searchable.
 */
public class PassageIndex implements AutoCloseable {

	/**
	 * Bump when the fields or analysis change; an index of another format or model is
	 * rebuilt.
	 */
	public static final String FORMAT = "quorum-passages-2";

	private static final String MANIFEST = "quorum-index.properties";

	private final Path dir;

	private final FSDirectory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final Analyzer analyzer = new EnglishAnalyzer();

	private final boolean fresh;

	public PassageIndex(Path dir, String modelId) {
		this.dir = dir;
		try {
			Files.createDirectories(dir);
			boolean compatible = manifestMatches(dir, modelId) && DirectoryReader.indexExists(FSDirectory.open(dir));
			this.directory = FSDirectory.open(dir);
			IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(
					compatible ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND : IndexWriterConfig.OpenMode.CREATE);
			this.writer = new IndexWriter(directory, config);
			this.fresh = !compatible;
			if (fresh) {
				writer.commit();
				writeManifest(dir, modelId);
			}
			this.searchers = new SearcherManager(writer, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot open the search index in " + dir, ex);
		}
	}

	/**
	 * True when the index was missing or built by another format or model, so its content
	 * must be rebuilt.
	 */
	public boolean needsRebuild() {
		return fresh;
	}

	/** Replaces every passage of the documents named, in one commit. */
	public synchronized void replace(Collection<String> documentIds, List<IndexedPassage> passages) {
		try {
			for (String documentId : documentIds) {
				writer.deleteDocuments(new Term("documentId", documentId));
			}
			for (IndexedPassage passage : passages) {
				writer.addDocument(toLucene(passage));
			}
			writer.commit();
			searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			rollbackQuietly();
			throw new UncheckedIOException("the search index could not be updated", ex);
		}
	}

	public List<Hit> searchText(String question, Collection<Audience> audiences, int k) {
		try {
			Query text = new QueryParser("text", analyzer).parse(QueryParser.escape(question));
			return search(filtered(text, audiences), k, false);
		}
		catch (ParseException ex) {
			return List.of();
		}
	}

	public List<Hit> searchVector(float[] vector, Collection<Audience> audiences, int k) {
		return search(new KnnFloatVectorQuery("vector", vector, k, audienceFilter(audiences)), k, true);
	}

	public int size() {
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				return searcher.getIndexReader().numDocs();
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * In how many passages a stemmed term occurs, and out of how many passages: for
	 * weighting question words.
	 */
	public long[] documentFrequency(String stemmedTerm) {
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				return new long[] { searcher.getIndexReader().docFreq(new Term("text", stemmedTerm)),
						searcher.getIndexReader().numDocs() };
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Whether any indexed word starts with this prefix. */
	public boolean hasTermWithPrefix(String prefix) {
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				org.apache.lucene.index.Terms terms = org.apache.lucene.index.MultiTerms
					.getTerms(searcher.getIndexReader(), "text");
				if (terms == null) {
					return false;
				}
				org.apache.lucene.index.TermsEnum each = terms.iterator();
				BytesRef wanted = new BytesRef(prefix);
				if (each.seekCeil(wanted) == org.apache.lucene.index.TermsEnum.SeekStatus.END) {
					return false;
				}
				return org.apache.lucene.util.StringHelper.startsWith(each.term(), wanted);
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The ids of the documents that have passages in the index. */
	public java.util.Set<String> documentIds() {
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				java.util.Set<String> ids = new java.util.HashSet<>();
				org.apache.lucene.index.Terms terms = org.apache.lucene.index.MultiTerms
					.getTerms(searcher.getIndexReader(), "documentId");
				if (terms != null) {
					org.apache.lucene.index.TermsEnum each = terms.iterator();
					for (BytesRef term = each.next(); term != null; term = each.next()) {
						if (searcher.count(new org.apache.lucene.search.TermQuery(
								new Term("documentId", BytesRef.deepCopyOf(term)))) > 0) {
							ids.add(term.utf8ToString());
						}
					}
				}
				return ids;
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Path directory() {
		return dir;
	}

	/** Merges segments: vector search on a merged index is two to three times faster. */
	public synchronized void optimize() {
		try {
			writer.forceMerge(1);
			writer.commit();
			searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<Hit> search(Query query, int k, boolean vector) {
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				List<Hit> hits = new ArrayList<>();
				for (ScoreDoc scoreDoc : searcher.search(query, k).scoreDocs) {
					Document doc = searcher.storedFields().document(scoreDoc.doc);
					// Lucene reports cosine as (1 + cos) / 2; turn it back into the
					// cosine itself.
					double similarity = vector ? 2 * scoreDoc.score - 1 : Double.NaN;
					hits.add(new Hit(doc.get("id"), doc.get("documentId"), doc.get("title"), doc.get("section"),
							doc.get("passage"), vector ? similarity : scoreDoc.score, similarity, doc.get("office"),
							UnitVectors.read(doc.getBinaryValue("units"))));
				}
				return hits;
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the search index could not be read", ex);
		}
	}

	private static Query filtered(Query query, Collection<Audience> audiences) {
		return new BooleanQuery.Builder().add(query, Occur.MUST).add(audienceFilter(audiences), Occur.FILTER).build();
	}

	private static Query audienceFilter(Collection<Audience> audiences) {
		return new TermInSetQuery("audience", audiences.stream().map(a -> new BytesRef(a.name())).toList());
	}

	private static Document toLucene(IndexedPassage passage) {
		Document doc = new Document();
		doc.add(new StringField("id", passage.id(), Field.Store.YES));
		doc.add(new StringField("documentId", passage.documentId(), Field.Store.YES));
		doc.add(new StringField("audience", passage.audience().name(), Field.Store.YES));
		doc.add(new StringField("office", passage.office(), Field.Store.YES));
		doc.add(new StoredField("title", passage.title()));
		doc.add(new StoredField("section", passage.section()));
		doc.add(new StoredField("passage", passage.text()));
		doc.add(new TextField("text", passage.title() + "\n" + passage.section() + "\n" + passage.text(),
				Field.Store.NO));
		doc.add(new KnnFloatVectorField("vector", passage.vector(), VectorSimilarityFunction.COSINE));
		doc.add(new StoredField("units", UnitVectors.write(passage.unitVectors())));
		return doc;
	}

	private static boolean manifestMatches(Path dir, String modelId) throws IOException {
		Path manifest = dir.resolve(MANIFEST);
		if (!Files.exists(manifest)) {
			return false;
		}
		Properties properties = new Properties();
		try (var in = Files.newInputStream(manifest)) {
			properties.load(in);
		}
		return FORMAT.equals(properties.getProperty("format")) && modelId.equals(properties.getProperty("model"));
	}

	private static void writeManifest(Path dir, String modelId) throws IOException {
		Properties properties = new Properties();
		properties.putAll(Map.of("format", FORMAT, "model", modelId));
		Path temp = dir.resolve(MANIFEST + ".tmp");
		try (var out = Files.newOutputStream(temp)) {
			properties.store(out, "Written by Quorum; an index of another format or model is rebuilt");
		}
		Files.move(temp, dir.resolve(MANIFEST), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
				java.nio.file.StandardCopyOption.ATOMIC_MOVE);
	}

	private void rollbackQuietly() {
		try {
			writer.rollback();
		}
		catch (IOException ignored) {
			// the writer is closed either way; the last commit stays searchable
		}
	}

	@Override
	public void close() throws IOException {
		searchers.close();
		if (writer.isOpen()) {
			writer.close();
		}
		directory.close();
	}

}
