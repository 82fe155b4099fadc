package org.coveragepolicy.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.coveragepolicy.json.CaseReader;
import org.jspecify.annotations.Nullable;

/**
 * Splits a byte stream of JSON Lines into {@link Chunk chunks} of whole lines.
 *
 * <p>A line ends at LF or CRLF, and only there: a bare CR is part of its line (in JSON it is
 * whitespace). A final line without a line end is a line; a final line end does not start another
 * one. A UTF-8 byte order mark at the start of a line is dropped from every line alike, not only
 * from the first. Lines are kept as bytes; decoding is left to whoever reviews them, in parallel.
 */
final class LineSplitter {
  /**
   * The most bytes of one line kept: one more than the largest case the reader takes, so that an
   * overlong line is still an error line ("larger than …") and an endless one never fills memory;
   * the rest of such a line is read and dropped up to its line end.
   */
  static final int MAX_LINE_BYTES = CaseReader.DEFAULT_MAX_BYTES + 1;

  private static final byte LF = '\n';
  private static final byte CR = '\r';

  private final InputStream in;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private boolean eof;
  private long nextLine = 1;
  private long bytesRead;

  LineSplitter(InputStream in) {
    this.in = in;
  }

  /** Returns how many bytes have been read from the stream so far. */
  long bytesRead() {
    return bytesRead;
  }

  /**
   * Returns the next lines, at most {@code maxLines} of them and, unless a single line is longer,
   * about {@code maxBytes} bytes; {@code null} at the end of the stream.
   */
  @Nullable Chunk next(int maxLines, int maxBytes) throws IOException {
    Chunk chunk = new Chunk(nextLine, maxLines, Math.min(maxBytes, 1 << 16));
    while (chunk.lines() < maxLines && chunk.byteSize() < maxBytes) {
      if (!readLine(chunk)) {
        break;
      }
    }
    if (chunk.lines() == 0) {
      return null;
    }
    nextLine += chunk.lines();
    return chunk;
  }

  /** Appends the next line to the chunk; false at the end of the stream. */
  private boolean readLine(Chunk chunk) throws IOException {
    int start = chunk.byteSize();
    boolean any = false;
    while (true) {
      if (position == limit && !fill()) {
        if (!any) {
          return false;
        }
        chunk.endLine(start, chunk.byteSize());
        return true;
      }
      any = true;
      int lf = indexOf(buffer, LF, position, limit);
      int until = lf < 0 ? limit : lf;
      int room = MAX_LINE_BYTES - (chunk.byteSize() - start);
      chunk.appendBytes(buffer, position, Math.min(until - position, room));
      if (lf < 0) {
        position = limit;
        continue;
      }
      position = lf + 1;
      int end = chunk.byteSize();
      if (end > start && chunk.byteAt(end - 1) == CR) {
        end--; // CRLF
      }
      chunk.endLine(start, end);
      return true;
    }
  }

  private boolean fill() throws IOException {
    int n = 0;
    while (!eof && n == 0) {
      n = in.read(buffer);
      eof = n < 0;
    }
    if (eof) {
      return false;
    }
    bytesRead += n;
    position = 0;
    limit = n;
    return true;
  }

  private static int indexOf(byte[] bytes, byte b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whole lines of input as bytes, numbered from {@link #firstLine()}, each without its line end
   * and without a leading byte order mark.
   */
  static final class Chunk {
    private final long firstLine;
    private byte[] bytes;
    private int size;
    private int[] starts;
    private int[] ends;
    private int lines;

    Chunk(long firstLine, int expectedLines, int expectedBytes) {
      this.firstLine = firstLine;
      this.bytes = new byte[Math.max(expectedBytes, 16)];
      this.starts = new int[Math.max(expectedLines, 1)];
      this.ends = new int[starts.length];
    }

    long firstLine() {
      return firstLine;
    }

    int lines() {
      return lines;
    }

    int byteSize() {
      return size;
    }

    byte[] bytes() {
      return bytes;
    }

    int start(int index) {
      return starts[index];
    }

    int end(int index) {
      return ends[index];
    }

    byte byteAt(int index) {
      return bytes[index];
    }

    void appendBytes(byte[] source, int offset, int length) {
      if (size + length > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + length));
      }
      System.arraycopy(source, offset, bytes, size, length);
      size += length;
    }

    void endLine(int start, int end) {
      if (lines == starts.length) {
        starts = Arrays.copyOf(starts, lines * 2);
        ends = Arrays.copyOf(ends, lines * 2);
      }
      if (end - start >= 3
          && bytes[start] == (byte) 0xEF
          && bytes[start + 1] == (byte) 0xBB
          && bytes[start + 2] == (byte) 0xBF) {
        start += 3; // a byte order mark, on whichever line it is
      }
      starts[lines] = start;
      ends[lines] = end;
      lines++;
    }
  }
}
