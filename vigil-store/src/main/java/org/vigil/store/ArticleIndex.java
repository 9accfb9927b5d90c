package org.vigil.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.vigil.core.VigilException;
import org.vigil.core.article.Article;

/**
 * A Lucene full-text index of articles (title and text), kept beside the store: the service adds
 * each article it stores ({@link #add}) and searches it ({@link #search}). An article is indexed
 * once by id (adding it again replaces it). In a folder ({@link #open}) or in memory
 * ({@link #inMemory}). Thread-safe: adds are committed at once and a search sees every add that
 * returned before it.
 */
public final class ArticleIndex implements AutoCloseable {

  /** A query the index cannot parse. */
  public static final class BadQueryException extends VigilException {
    private static final long serialVersionUID = 1L;

    BadQueryException(String query, Throwable cause) {
      super("cannot parse the search query \"" + query + "\": " + firstLine(cause.getMessage()), cause);
    }

    private static String firstLine(String s) {
      if (s == null) {
        return "";
      }
      int nl = s.indexOf('\n');
      return nl < 0 ? s : s.substring(0, nl);
    }
  }

  /** A search hit: the article's id, date, title and its score. */
  public record Hit(String id, String date, String title, float score) {}

  private final Directory directory;
  private final String describe;
  private final IndexWriter writer;
  private final SearcherManager searchers;

  private ArticleIndex(Directory directory, String describe) {
    this.directory = directory;
    this.describe = describe;
    try {
      this.writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()));
      writer.commit();
      this.searchers = new SearcherManager(writer, null);
    } catch (IOException e) {
      throw new StoreException("cannot open the article index " + describe + ": " + e.getMessage(), e);
    }
  }

  /** An index in the folder {@code folder}, created when missing. */
  public static ArticleIndex open(Path folder) {
    Objects.requireNonNull(folder, "folder");
    try {
      return new ArticleIndex(FSDirectory.open(folder), "in " + folder);
    } catch (IOException e) {
      throw new StoreException("cannot open the article index in " + folder + ": " + e.getMessage(), e);
    }
  }

  /** An index in memory, gone when closed. */
  public static ArticleIndex inMemory() {
    return new ArticleIndex(new ByteBuffersDirectory(), "in memory");
  }

  private static Document document(Article article) {
    Document doc = new Document();
    doc.add(new StringField("id", article.id(), Field.Store.YES));
    doc.add(new StringField("date", article.date().toString(), Field.Store.YES));
    doc.add(new TextField("title", article.title(), Field.Store.YES));
    doc.add(new TextField("text", article.text(), Field.Store.NO));
    return doc;
  }

  /** Indexes the article's title and text under its id, replacing an earlier version. */
  public void add(Article article) {
    try {
      writer.updateDocument(new Term("id", article.id()), document(article));
      writer.commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new StoreException("cannot index article " + article.id() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Indexes every article {@code source} gives, as {@link #add} does, but commits once at the end
   * (and every 100,000 articles) instead of after each: for indexing a whole store at start, where
   * a commit (an fsync) an article would take minutes for a large store. A search sees them after
   * the commit.
   *
   * @param source calls its consumer with each article, such as {@code StoreReads::eachArticle}
   * @return the number of articles indexed
   */
  public long addEach(java.util.function.Consumer<java.util.function.Consumer<Article>> source) {
    Objects.requireNonNull(source, "source");
    long[] n = {0};
    try {
      source.accept(article -> {
        try {
          writer.updateDocument(new Term("id", article.id()), document(article));
          if (++n[0] % 100_000 == 0) {
            writer.commit();
          }
        } catch (IOException e) {
          throw new StoreException("cannot index article " + article.id() + ": " + e.getMessage(), e);
        }
      });
      writer.commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new StoreException("cannot commit the article index " + describe + ": " + e.getMessage(), e);
    }
    return n[0];
  }

  /** Number of articles indexed. */
  public int size() {
    try {
      IndexSearcher s = searchers.acquire();
      try {
        return s.getIndexReader().numDocs();
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new StoreException("cannot read the article index " + describe + ": " + e.getMessage(), e);
    }
  }

  /**
   * The best {@code limit} articles for {@code query} (Lucene's classic syntax over title and
   * text: words, "phrases", AND, OR, -word), best first.
   *
   * @throws BadQueryException when the query does not parse
   */
  public List<Hit> search(String query, int limit) {
    Objects.requireNonNull(query, "query");
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive, was " + limit);
    }
    Query parsed;
    try {
      MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {"title", "text"}, new StandardAnalyzer());
      parser.setDefaultOperator(QueryParser.Operator.AND);
      parsed = parser.parse(query);
    } catch (ParseException e) {
      throw new BadQueryException(query, e);
    }
    try {
      IndexSearcher s = searchers.acquire();
      try {
        List<Hit> hits = new ArrayList<>();
        for (ScoreDoc d : s.search(parsed, limit).scoreDocs) {
          Document doc = s.storedFields().document(d.doc);
          hits.add(new Hit(doc.get("id"), doc.get("date"), doc.get("title"), d.score));
        }
        return hits;
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new StoreException("cannot search the article index " + describe + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new StoreException("cannot close the article index " + describe + ": " + e.getMessage(), e);
    }
  }
}
