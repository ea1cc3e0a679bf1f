/* A "help if you can" thread pool for the native engine (implementation: pool.c).
 *
 * pool_run(pool, fn, ctx, n) runs fn(ctx, 0..n-1, worker). The calling thread claims chunks
 * itself; helper threads claim whatever is left when they get to run. The caller
 * never waits for a helper that has not started (only for chunks a helper is
 * already computing), so on a CPU shared with other processes a parallel section
 * degrades to single-threaded speed instead of waiting a scheduler time slice for
 * every section (libgomp's barriers do; measured: 144 ms vs 4 ms for VGG-16 on a
 * loaded 2-core machine). Helpers spin briefly between sections, then sleep.
 *
 * One job at a time: a second caller (another request on another Python thread)
 * that finds the pool busy runs its sections on its own thread.
 */
#ifndef DYNAPRUNE_POOL_H
#define DYNAPRUNE_POOL_H

/* worker: 0 for the calling thread, 1..nhelpers for the helpers (per-thread scratch buffers) */
typedef void (*chunk_fn)(void *ctx, int chunk, int worker);

typedef struct Pool Pool; /* opaque: only pool.c looks inside */

#define POOL_MAX_CHUNKS 0xFFFFF /* more chunks than this run inline on the caller */

/* A pool of `threads - 1` helpers (NULL for one thread or on failure: callers then run inline). */
__attribute__((visibility("hidden"))) Pool *pool_create(int threads);
/* Stops and joins the helpers; NULL is a no-op. */
__attribute__((visibility("hidden"))) void pool_destroy(Pool *p);
/* The part of pool_run that hands out work (p != NULL, 2 <= n <= POOL_MAX_CHUNKS). */
__attribute__((visibility("hidden"))) void pool_run_shared(Pool *p, chunk_fn fn, void *ctx, int n);

/* fn(ctx, c, worker) for c in 0..n-1, with whatever helpers are free (p NULL: all on the caller).
 * Inline so that the common serial case (small convs, one thread) stays a plain loop in the
 * caller's file, where the compiler can call (and inline) fn directly, as it could when the
 * engine was one file; only a section that really goes parallel calls into pool.c. */
static inline void pool_run(Pool *p, chunk_fn fn, void *ctx, int n)
{
    if (n <= 0) return;
    if (!p || n == 1 || n > POOL_MAX_CHUNKS) {
        for (int c = 0; c < n; ++c) fn(ctx, c, 0);
        return;
    }
    pool_run_shared(p, fn, ctx, n);
}

#endif
