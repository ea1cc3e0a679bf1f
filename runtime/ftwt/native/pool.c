/* The native engine's thread pool: see pool.h for what it does and why it is not OpenMP. */
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <time.h>
#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define DP_PAUSE() _mm_pause()
#elif defined(__aarch64__)
#define DP_PAUSE() __asm__ __volatile__("yield")
#else
#define DP_PAUSE() ((void)0)
#endif

#include "pool.h"

/* ticket: generation (24 bits) | end of the unclaimed chunks (20 bits) | next chunk to claim (20 bits) */
#define T_GEN(t) ((uint32_t)((t) >> 40))
#define T_N(t) ((uint32_t)(((t) >> 20) & 0xFFFFFu))
#define T_NEXT(t) ((uint32_t)((t)&0xFFFFFu))
#define POOL_SPIN_NS 100000 /* helpers spin this long after a section before sleeping */

struct Pool {
    int nhelpers;
    pthread_t *tids;
    _Atomic uint64_t ticket;
    atomic_int done;
    atomic_int sleepers;
    atomic_int stop;
    atomic_int next_worker;
    chunk_fn fn; /* valid while the ticket's generation is current */
    void *ctx;
    uint32_t gen;
    pthread_mutex_t busy; /* held by the caller that owns the current job */
    pthread_mutex_t mu;
    pthread_cond_t cv;
};

static double pool_now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return 1e9 * (double)ts.tv_sec + (double)ts.tv_nsec;
}

/* Claim and run chunks of the current job until none is left. The caller claims from the front,
 * helpers from the back: chunk c of one section and of the next mostly run on the same core (the
 * top of an image on one, the bottom on the other, layer after layer), so a layer mostly reads
 * what its own core wrote, while the split between cores stays dynamic. */
static void pool_drain(Pool *p, uint64_t t, int worker)
{
    for (;;) {
        if (T_NEXT(t) >= T_N(t)) return;
        const uint64_t claimed = worker == 0 ? t + 1 : t - ((uint64_t)1 << 20);
        if (atomic_compare_exchange_weak(&p->ticket, &t, claimed)) {
            /* the job cannot change before this chunk is counted as done */
            p->fn(p->ctx, worker == 0 ? (int)T_NEXT(t) : (int)T_N(t) - 1, worker);
            atomic_fetch_add_explicit(&p->done, 1, memory_order_release);
            t = atomic_load(&p->ticket);
        }
    }
}

static void *pool_helper(void *arg)
{
    Pool *p = (Pool *)arg;
    const int worker = atomic_fetch_add(&p->next_worker, 1) + 1;
    uint64_t seen = atomic_load(&p->ticket);
    while (!atomic_load(&p->stop)) {
        uint64_t t = atomic_load(&p->ticket);
        if (T_NEXT(t) < T_N(t)) {
            pool_drain(p, t, worker);
            seen = atomic_load(&p->ticket);
            continue;
        }
        if (t != seen) {
            seen = t;
            continue;
        }
        /* nothing to do: spin a little (the next section usually follows within microseconds) */
        const double until = pool_now_ns() + POOL_SPIN_NS;
        int woke = 0;
        for (unsigned spins = 1; !woke; ++spins) {
            for (int i = 0; i < 4; ++i) DP_PAUSE();
            if (atomic_load_explicit(&p->ticket, memory_order_relaxed) != seen || atomic_load(&p->stop)) woke = 1;
            else if (pool_now_ns() > until) break;
            else if (spins % 256 == 0) sched_yield(); /* a caller sharing this core gets it back */
        }
        if (woke) continue;
        pthread_mutex_lock(&p->mu);
        atomic_fetch_add(&p->sleepers, 1);
        while (atomic_load(&p->ticket) == seen && !atomic_load(&p->stop)) pthread_cond_wait(&p->cv, &p->mu);
        atomic_fetch_sub(&p->sleepers, 1);
        pthread_mutex_unlock(&p->mu);
    }
    return NULL;
}

void pool_destroy(Pool *p)
{
    if (!p) return;
    atomic_store(&p->stop, 1);
    pthread_mutex_lock(&p->mu);
    pthread_cond_broadcast(&p->cv);
    pthread_mutex_unlock(&p->mu);
    for (int i = 0; i < p->nhelpers; ++i) pthread_join(p->tids[i], NULL);
    pthread_mutex_destroy(&p->busy);
    pthread_mutex_destroy(&p->mu);
    pthread_cond_destroy(&p->cv);
    free(p->tids);
    free(p);
}

/* A pool of `threads - 1` helpers (NULL for one thread or on failure: callers then run inline). */
Pool *pool_create(int threads)
{
    if (threads <= 1) return NULL;
    Pool *p = (Pool *)calloc(1, sizeof(Pool));
    if (!p) return NULL;
    p->tids = (pthread_t *)calloc((size_t)threads - 1, sizeof(pthread_t));
    if (!p->tids) {
        free(p);
        return NULL;
    }
    atomic_init(&p->ticket, 0);
    atomic_init(&p->done, 0);
    atomic_init(&p->sleepers, 0);
    atomic_init(&p->stop, 0);
    atomic_init(&p->next_worker, 0);
    pthread_mutex_init(&p->busy, NULL);
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->cv, NULL);
    for (int i = 0; i < threads - 1; ++i) {
        if (pthread_create(&p->tids[i], NULL, pool_helper, p) != 0) break;
        p->nhelpers++;
    }
    if (p->nhelpers == 0) {
        pool_destroy(p);
        return NULL;
    }
    return p;
}

/* pool_run's parallel case (pool.h): p != NULL, 2 <= n <= POOL_MAX_CHUNKS. */
void pool_run_shared(Pool *p, chunk_fn fn, void *ctx, int n)
{
    if (pthread_mutex_trylock(&p->busy) != 0) { /* another request has the helpers */
        for (int c = 0; c < n; ++c) fn(ctx, c, 0);
        return;
    }
    p->fn = fn;
    p->ctx = ctx;
    atomic_store_explicit(&p->done, 0, memory_order_relaxed);
    p->gen = (p->gen + 1) & 0xFFFFFFu;
    const uint64_t t = ((uint64_t)p->gen << 40) | ((uint64_t)n << 20);
    atomic_store(&p->ticket, t); /* publishes fn, ctx and done = 0 */
    if (atomic_load(&p->sleepers) > 0) {
        pthread_mutex_lock(&p->mu);
        pthread_cond_broadcast(&p->cv);
        pthread_mutex_unlock(&p->mu);
    }
    pool_drain(p, t, 0);
    while (atomic_load_explicit(&p->done, memory_order_acquire) < n) DP_PAUSE(); /* chunks a helper is computing */
    pthread_mutex_unlock(&p->busy);
}
