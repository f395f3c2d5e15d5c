package nl.werkbank.core.exchange;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Stops reading an unpacked zip entry at a limit: a small file that unpacks to gigabytes is refused, not read. */
final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private final String file;
    private long read;

    LimitedInputStream(InputStream in, long limit, String file) {
        super(in);
        this.limit = limit;
        this.file = file;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? 0 : 1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        count(Math.max(n, 0));
        return n;
    }

    @Override
    public void close() {
        // The zip stream is closed by its owner, after looking for further entries.
    }

    private void count(int n) {
        read += n;
        if (read > limit) {
            throw new ExchangeFileException("error.exchange.tooBig", file, limit >> 20);
        }
    }
}
