package dev.hmspec.render;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the jobs that produce one spec's output files on up to one thread per core and waits for
 * all of them; the first failure is rethrown as it was thrown (an IOException, a runtime
 * exception, an OutOfMemoryError), after every job has ended so no file is still being written.
 * Renderers share no mutable state, so the formats of one scene can be written at once.
 */
final class ParallelContent {
    private ParallelContent() {}

    static void run(List<Callable<Void>> jobs) throws IOException {
        int threads = Math.min(jobs.size(), Runtime.getRuntime().availableProcessors());
        if (threads <= 1) {
            for (Callable<Void> j : jobs) call(j);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "hmspec-render");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Void>> futures = pool.invokeAll(jobs);
            Throwable first = null;
            for (Future<Void> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (first == null) first = e.getCause(); else first.addSuppressed(e.getCause());
                }
            }
            if (first instanceof IOException io) throw io;
            if (first instanceof RuntimeException re) throw re;
            if (first instanceof Error err) throw err;
            if (first != null) throw new IOException(first);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void call(Callable<Void> job) throws IOException {
        try {
            job.call();
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }
}
