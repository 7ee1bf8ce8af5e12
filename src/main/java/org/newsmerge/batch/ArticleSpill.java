package org.newsmerge.batch;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.newsmerge.internal.LongList;
import org.newsmerge.model.Article;
import org.newsmerge.model.Block;

/**
 * The articles of a batch run's first pass, written once to a temporary file as they are read, so
 * that merging reads each story's articles back by position instead of reading and parsing the
 * inputs a second time. The run thus works on one reading of its inputs: a file edited while it
 * runs changes nothing. Strings are kept as UTF-16 code units, so every article comes back equal to
 * what was read, unpaired surrogates included. The file lies in {@code java.io.tmpdir}, opened to
 * be deleted on {@link #close}; on Unix the JDK unlinks it at once, so even a killed run leaves
 * nothing behind.
 *
 * <p>{@link #add} is called from one thread; {@link #get} from any number once adding is done.
 */
final class ArticleSpill implements Closeable {

  private static final int FLUSH = 1 << 20;

  private static final Block.Kind[] KINDS = Block.Kind.values();

  private final Path file;
  private final FileChannel channel;
  private final LongList offsets = new LongList();
  private ByteBuffer pending = ByteBuffer.allocate(FLUSH * 2);
  private long size;

  private ArticleSpill(Path file) throws IOException {
    this.file = file;
    this.channel =
        FileChannel.open(
            file,
            StandardOpenOption.READ,
            StandardOpenOption.WRITE,
            StandardOpenOption.DELETE_ON_CLOSE);
  }

  /** A new, empty spill file in the system's temporary folder. */
  static ArticleSpill create() {
    try {
      return new ArticleSpill(Files.createTempFile("newsmerge-articles-", ".spill"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the batch's article spill file", e);
    }
  }

  /** Appends the next article: {@link #get}{@code (n)} gives the n-th added. */
  void add(Article a) {
    offsets.add(size + pending.position());
    // Nine strings (a length and two bytes a char each), the index, the block count, and a kind
    // byte and two offsets a block.
    int need = 9 * 4 + 2 * chars(a) + 4 + 4 + 9 * a.blocks().size();
    if (pending.remaining() < need) {
      flush();
      if (pending.capacity() < need) pending = ByteBuffer.allocate(need);
    }
    put(a.id());
    put(a.path());
    pending.putInt(a.index());
    put(a.source());
    put(a.title());
    put(a.byline());
    put(a.url());
    put(a.date());
    put(a.text());
    put(a.repairs());
    pending.putInt(a.blocks().size());
    for (Block b : a.blocks()) {
      pending.put((byte) b.kind().ordinal());
      pending.putInt(b.start());
      pending.putInt(b.end());
    }
    if (pending.position() >= FLUSH) flush();
  }

  /** Writes what is buffered: called once every article is added, before the first {@link #get}. */
  void flush() {
    pending.flip();
    try {
      while (pending.hasRemaining()) size += channel.write(pending, size);
    } catch (IOException e) {
      // Named by its path, so that a full disk says which file it could not write.
      throw new UncheckedIOException(
          "cannot write the batch's article spill file " + file,
          new FileSystemException(file.toString(), null, String.valueOf(e.getMessage())));
    }
    pending.clear();
  }

  /** The n-th article added. Thread-safe. */
  Article get(int n) {
    long start = offsets.get(n);
    long end = n + 1 < offsets.size() ? offsets.get(n + 1) : size;
    ByteBuffer in = ByteBuffer.allocate(Math.toIntExact(end - start));
    try {
      while (in.hasRemaining()) {
        if (channel.read(in, start + in.position()) < 0) throw new IOException("file cut short");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the batch's article spill file " + file, e);
    }
    in.flip();
    String id = string(in);
    String path = string(in);
    int index = in.getInt();
    String source = string(in);
    String title = string(in);
    String byline = string(in);
    String url = string(in);
    String date = string(in);
    String text = string(in);
    String repairs = string(in);
    int blocks = in.getInt();
    List<Block> bs = new ArrayList<>(blocks);
    for (int i = 0; i < blocks; i++) bs.add(new Block(KINDS[in.get()], in.getInt(), in.getInt()));
    return new Article(id, path, index, source, title, byline, url, date, text, bs, repairs);
  }

  /** The articles added, in order, given by their positions. */
  List<Article> get(int[] positions) {
    List<Article> articles = new ArrayList<>(positions.length);
    for (int p : positions) articles.add(get(p));
    return articles;
  }

  @Override
  public void close() {
    try {
      channel.close(); // deletes the file
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the batch's article spill file " + file, e);
    }
  }

  private static int chars(Article a) {
    return a.id().length()
        + a.path().length()
        + a.source().length()
        + a.title().length()
        + a.byline().length()
        + a.url().length()
        + a.date().length()
        + a.text().length()
        + a.repairs().length();
  }

  private void put(String s) {
    pending.putInt(s.length());
    pending.asCharBuffer().put(s);
    pending.position(pending.position() + 2 * s.length());
  }

  private static String string(ByteBuffer in) {
    char[] cs = new char[in.getInt()];
    in.asCharBuffer().get(cs);
    in.position(in.position() + 2 * cs.length);
    return new String(cs);
  }
}
