package dev.escmon.producer;

import java.io.PrintStream;

/**
 * Progress of a run: a self-rewriting line on a terminal (items, rate, errors), plain lines every few
 * seconds otherwise, nothing when quiet.
 */
public final class Progress {
    private final PrintStream out;
    private final boolean terminal;
    private final boolean quiet;
    private final long started = System.nanoTime();
    private long lastPrint;

    public Progress(PrintStream out, boolean terminal, boolean quiet) {
        this.out = out;
        this.terminal = terminal;
        this.quiet = quiet;
    }

    public static Progress forConsole(PrintStream out, boolean quiet) {
        return new Progress(out, System.console() != null, quiet);
    }

    public static Progress silent() {
        return new Progress(System.out, false, true);
    }

    public void update(int items, int errors) {
        if (quiet) {
            return;
        }
        long now = System.nanoTime();
        long interval = terminal ? 100_000_000L : 5_000_000_000L;
        if (now - lastPrint < interval) {
            return;
        }
        lastPrint = now;
        String line = line(items, errors, now);
        if (terminal) {
            out.print("\r" + line + "   ");
        } else {
            out.println(line);
        }
        out.flush();
    }

    public void clear() {
        if (terminal && !quiet) {
            out.print("\r\033[K");
        }
    }

    public void done(int items, int errors) {
        if (quiet) {
            return;
        }
        if (terminal) {
            out.print("\r" + line(items, errors, System.nanoTime()) + "   \n");
        }
        out.flush();
    }

    private String line(int items, int errors, long now) {
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        return String.format("%,d items  %,.0f/s  %d errors", items, items / seconds, errors);
    }
}
