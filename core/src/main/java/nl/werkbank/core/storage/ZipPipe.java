package nl.werkbank.core.storage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Text or bytes into zip entries, with the compression on a second thread: the caller fills 256 KB chunks (text
 * as UTF-8) and goes on while the chunks before it are deflated. For workbooks and exchange files, producing the
 * content and compressing it take about as long as each other, so on two cores this nearly halves the time. At
 * most {@value #QUEUED} chunks wait, so memory stays small. Not thread-safe: one writer.
 */
public final class ZipPipe implements AutoCloseable {

    /** The compressing thread's name (a test checks that it ends). */
    static final String THREAD_NAME = "zip-deflate";
    private static final int CHUNK = 1 << 18;
    private static final int QUEUED = 8;

    /** Something for the compressing thread to do, in order: a new entry, a chunk of an entry, or the end. */
    private record Step(String entry, byte[] bytes, int length, boolean end) {
    }

    private final BlockingQueue<Step> steps = new ArrayBlockingQueue<>(QUEUED);
    /** Chunks the compressing thread is done with, used again: no new 256 KB arrays for the garbage collector. */
    private final BlockingQueue<byte[]> spare = new ArrayBlockingQueue<>(QUEUED + 1);
    private final Thread compressor;
    private volatile IOException failure;
    private byte[] chunk = new byte[CHUNK];
    private int used;
    private boolean closed;

    /** Fast compression, for workbooks (opened by a program, never mailed around as such). */
    public ZipPipe(OutputStream target) {
        this(target, Deflater.BEST_SPEED);
    }

    /** @param level a {@link Deflater} level; the target is closed with the pipe */
    public ZipPipe(OutputStream target, int level) {
        compressor = new Thread(() -> compress(target, level), THREAD_NAME);
        compressor.setDaemon(true);
        compressor.start();
    }

    /** Ends the current entry (if any) and starts the next one. */
    public void entry(String name) throws IOException {
        send();
        put(new Step(name, null, 0, false));
    }

    public void write(char c) throws IOException {
        if (c < 0x80 && used < CHUNK) {
            chunk[used++] = (byte) c;
        } else {
            write(String.valueOf(c));
        }
    }

    /** A non-negative or negative whole number as decimal digits, without making a string of it. */
    public void write(int number) throws IOException {
        if (number < 0) {
            if (number == Integer.MIN_VALUE) {
                write(Integer.toString(number));
                return;
            }
            write('-');
            number = -number;
        }
        if (CHUNK - used < 10) {
            send();
        }
        int start = used;
        do {
            chunk[used++] = (byte) ('0' + number % 10);
            number /= 10;
        } while (number > 0);
        for (int left = start, right = used - 1; left < right; left++, right--) {
            byte swap = chunk[left];
            chunk[left] = chunk[right];
            chunk[right] = swap;
        }
    }

    public void write(String text) throws IOException {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                append((byte) c);
            } else {
                // Rare (names with accents): let the JDK encode the rest of this text, surrogate pairs included.
                byte[] rest = text.substring(i).getBytes(StandardCharsets.UTF_8);
                write(rest, 0, rest.length);
                return;
            }
        }
    }

    public void write(byte[] bytes, int offset, int length) throws IOException {
        while (length > 0) {
            if (used == CHUNK) {
                send();
            }
            int part = Math.min(length, CHUNK - used);
            System.arraycopy(bytes, offset, chunk, used, part);
            used += part;
            offset += part;
            length -= part;
        }
    }

    /** The current entry as a stream, for writers that produce bytes (a JSON generator); closing it does nothing. */
    public OutputStream stream() {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                append((byte) b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                ZipPipe.this.write(bytes, offset, length);
            }
        };
    }

    private void append(byte b) throws IOException {
        if (used == CHUNK) {
            send();
        }
        chunk[used++] = b;
    }

    private void send() throws IOException {
        if (used > 0) {
            put(new Step(null, chunk, used, false));
            byte[] next = spare.poll();
            chunk = next != null ? next : new byte[CHUNK];
            used = 0;
        }
    }

    private void put(Step step) throws IOException {
        if (failure != null) {
            throw reported();
        }
        try {
            steps.put(step);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the file", e);
        }
    }

    /** Writes what is left, finishes the zip and waits for it; reports a failure of the compressing thread. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            send();
        } finally {
            try {
                steps.put(new Step(null, null, 0, true));
                compressor.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while finishing the file", e);
            }
        }
        if (failure != null) {
            throw reported();
        }
    }

    /** A new exception each time: the writer's and close()'s may both be thrown (and one suppressed by the other). */
    private IOException reported() {
        return new IOException(failure.getMessage(), failure);
    }

    /** The compressing thread. After a failure it keeps taking steps (so the writer never blocks) until the end. */
    private void compress(OutputStream target, int level) {
        ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
        zip.setLevel(level);
        try {
            while (true) {
                Step step = steps.take();
                if (step.end()) {
                    break;
                }
                if (failure != null) {
                    continue;
                }
                try {
                    if (step.entry() != null) {
                        zip.putNextEntry(new ZipEntry(step.entry()));
                    } else {
                        zip.write(step.bytes(), 0, step.length());
                        spare.offer(step.bytes());
                    }
                } catch (IOException e) {
                    failure = e;
                }
            }
            if (failure == null) {
                zip.finish();
            }
            zip.close();
        } catch (IOException e) {
            if (failure == null) {
                failure = e;
            }
        } catch (InterruptedException e) {
            failure = new IOException("interrupted while compressing the file", e);
        }
    }
}
