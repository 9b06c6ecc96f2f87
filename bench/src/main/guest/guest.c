/*
 * The migration lab's guest: makes part of its memory non-zero, then dirties a working set at a
 * set rate, paced by the TSC, and says on the debug console (port 0xe9) and COM1 what it does.
 *
 * Command line (multiboot, key=value, whole numbers):
 *   nonzero_mib=N   MiB made non-zero at start (one tagged word per 4 KiB page), default 0
 *   ws_mib=N        working set in MiB, the first N MiB of the data area, default 0
 *   dirty_mibps=N   dirty rate in MiB/s (4 KiB pages per second x 4096), default 0
 *   pattern=random|seq  which working-set page is dirtied next: uniform random or a sweep
 *   write_bytes=N   bytes rewritten in each dirtied page (4 to 4092, a multiple of 4), default 8
 *   catchup_ms=N    time the vCPU did not run that is made up afterwards, default 10
 *   tsc_khz=N       TSC frequency; measured against the PIT when absent
 *
 * Pacing: a 1 kHz PIT tick wakes the guest from hlt; each tick dirties the pages that fell due
 * since the last one. Time the vCPU did not run (host scheduling, auto-converge's throttle) is
 * made up only up to catchup_ms, the rest is dropped and counted. A guest asked for more than it
 * can do runs flat out, like CPU-bound work. The data area starts at 4 MiB and ends where low RAM
 * ends (32-bit, no paging).
 */
#include <stdint.h>

#define PAGE 4096u
#define MIB (1024u * 1024u)
#define DATA_BASE (4u * MIB)
#define TICK_HZ 1000u
#define PIT_HZ 1193182u
#define TAG 0xC0DE0000u

extern char _end[];
extern uint32_t exception_table[32];
extern void timer_entry(void);

void guest_main(uint32_t magic, const uint32_t *mbi) __attribute__((noreturn));
void guest_tick(void) __attribute__((noreturn));
void guest_exception(uint32_t vector) __attribute__((noreturn));

static uint32_t nonzero_pages, ws_pages, rate_pages_per_s, write_words = 2, tsc_hz;
static int random_pattern = 1;
static uint32_t rng = 2463534242u, sweep, seq_value;
static uint64_t last_tsc, credit, credit_cap, next_report;
static uint32_t dirtied_total, dirtied_this_second, dropped_total, seconds, bad_total;

static inline void outb(uint16_t port, uint8_t v) { __asm__ volatile("outb %0, %1" : : "a"(v), "Nd"(port)); }
static inline uint8_t inb(uint16_t port) { uint8_t v; __asm__ volatile("inb %1, %0" : "=a"(v) : "Nd"(port)); return v; }
static inline uint64_t rdtsc(void) { uint32_t lo, hi; __asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi)); return ((uint64_t)hi << 32) | lo; }

/* 64-by-32 division with the CPU's divl; the caller keeps the quotient below 2^32. */
static inline uint32_t div64_32(uint64_t n, uint32_t d, uint32_t *rem) {
    uint32_t q, r;
    __asm__("divl %4" : "=a"(q), "=d"(r) : "a"((uint32_t)n), "d"((uint32_t)(n >> 32)), "rm"(d));
    if (rem) *rem = r;
    return q;
}

static void putc_both(char c) { outb(0xe9, (uint8_t)c); outb(0x3f8, (uint8_t)c); }
static void puts_(const char *s) { while (*s) putc_both(*s++); }
static void putu(uint32_t v) {
    char buf[11]; int i = 10; buf[i] = 0;
    do { buf[--i] = (char)('0' + v % 10); v /= 10; } while (v);
    puts_(buf + i);
}
static void field(const char *name, uint32_t v) { putc_both(' '); puts_(name); putc_both('='); putu(v); }
static __attribute__((noreturn)) void stop(const char *why) {
    puts_("cc-guest: error "); puts_(why); putc_both('\n');
    for (;;) __asm__ volatile("cli; hlt");
}

/* Reads "key=digits" from the command line; returns 1 and sets *out when present. */
static int arg_u32(const char *cmd, const char *key, uint32_t *out) {
    for (const char *p = cmd; *p; p++) {
        if (p != cmd && p[-1] != ' ') continue;
        const char *k = key, *q = p;
        while (*k && *q == *k) { k++; q++; }
        if (*k || *q != '=') continue;
        q++;
        if (*q < '0' || *q > '9') stop("bad number on the command line");
        uint32_t v = 0;
        for (; *q >= '0' && *q <= '9'; q++) {
            if (v > 429496728u) stop("number too large on the command line");
            v = v * 10 + (uint32_t)(*q - '0');
        }
        *out = v;
        return 1;
    }
    return 0;
}
static int arg_is(const char *cmd, const char *keyvalue) {
    for (const char *p = cmd; *p; p++) {
        if (p != cmd && p[-1] != ' ') continue;
        const char *k = keyvalue, *q = p;
        while (*k && *q == *k) { k++; q++; }
        if (!*k && (*q == ' ' || *q == 0)) return 1;
    }
    return 0;
}

/* End of the RAM region that holds 1 MiB, from the multiboot memory map (below 4 GiB only). */
static uint32_t low_ram_end(const uint32_t *mbi) {
    if (mbi[0] & (1u << 6)) {
        uint32_t addr = mbi[12], end = addr + mbi[11];
        while (addr < end) {
            const uint32_t *e = (const uint32_t *)addr; /* size, base lo, hi, length lo, hi, type */
            if (e[5] == 1 && e[2] == 0 && e[1] <= MIB) {
                uint64_t top = (uint64_t)e[1] + ((uint64_t)e[4] << 32 | e[3]);
                if (top > MIB) return top > 0xFFFFF000u ? 0xFFFFF000u : (uint32_t)top;
            }
            addr += e[0] + 4;
        }
    }
    if (mbi[0] & 1u) return MIB + mbi[2] * 1024u;
    stop("no memory information from the loader");
}

/*
 * TSC frequency: PIT channel 2 as a square wave (period 65534 / 1193182 s, gate on, speaker off);
 * TSC ticks between two rising edges of its output ten periods (0.55 s) apart. Both edges are
 * seen by the same polling loop, so its latency cancels.
 */
static uint32_t measure_tsc_hz(void) {
    const uint32_t count = 65534, periods = 10;
    outb(0x61, (uint8_t)((inb(0x61) & ~0x02) | 0x01));
    outb(0x43, 0xb6);
    outb(0x42, count & 0xff);
    outb(0x42, count >> 8);
    uint64_t t0 = 0;
    for (uint32_t edge = 0; edge <= periods; edge++) {
        while (inb(0x61) & 0x20) { }
        while ((inb(0x61) & 0x20) == 0) { }
        if (edge == 0) t0 = rdtsc();
    }
    uint64_t ticks = rdtsc() - t0;
    if (ticks >> 32) stop("TSC too fast to measure");
    return div64_32(ticks * PIT_HZ, count * periods, 0);
}

static uint64_t idt[256];
static void set_gate(int vector, uint32_t handler) {
    idt[vector] = (uint64_t)(handler & 0xffff) | (uint64_t)0x08 << 16 | (uint64_t)0x8E00 << 32
                  | (uint64_t)(handler >> 16) << 48;
}
static void start_timer(void) {
    for (int v = 0; v < 32; v++) set_gate(v, exception_table[v]);
    set_gate(0x20, (uint32_t)timer_entry);
    struct __attribute__((packed)) { uint16_t limit; uint32_t base; } idtr = { sizeof idt - 1, (uint32_t)idt };
    __asm__ volatile("lidt %0" : : "m"(idtr));
    /* PIC: IRQs 0-7 at vectors 0x20-0x27, 8-15 at 0x28-0x2f; all masked but IRQ0. */
    outb(0x20, 0x11); outb(0xa0, 0x11);
    outb(0x21, 0x20); outb(0xa1, 0x28);
    outb(0x21, 0x04); outb(0xa1, 0x02);
    outb(0x21, 0x01); outb(0xa1, 0x01);
    outb(0x21, 0xfe); outb(0xa1, 0xff);
    /* Local APIC on, LINT0 as ExtINT: the PIC reaches the CPU (qboot leaves LINT0 masked). */
    volatile uint32_t *lapic = (volatile uint32_t *)0xFEE00000u;
    lapic[0xF0 / 4] = 0x1FF;
    lapic[0x350 / 4] = 0x700;
    lapic[0x360 / 4] = 0x400;
    /* PIT channel 0, rate generator at TICK_HZ. */
    const uint32_t divisor = PIT_HZ / TICK_HZ;
    outb(0x43, 0x34);
    outb(0x40, divisor & 0xff);
    outb(0x40, divisor >> 8);
}

static inline volatile uint32_t *page_at(uint32_t index) {
    return (volatile uint32_t *)(DATA_BASE + index * PAGE);
}

static void dirty(uint32_t pages) {
    for (uint32_t n = 0; n < pages; n++) {
        uint32_t index;
        if (random_pattern) {
            rng ^= rng << 13; rng ^= rng >> 17; rng ^= rng << 5;
            index = (uint32_t)(((uint64_t)rng * ws_pages) >> 32);
        } else {
            index = sweep;
            if (++sweep == ws_pages) sweep = 0;
        }
        volatile uint32_t *p = page_at(index);
        seq_value++;
        for (uint32_t w = 1; w <= write_words; w++) p[w] = seq_value;
    }
    dirtied_total += pages;
    dirtied_this_second += pages;
}

/* Samples 16 pages of the non-zero area: each must still hold its tag in word 0. */
static uint32_t check_tags(void) {
    uint32_t bad = 0;
    for (int i = 0; i < 16 && nonzero_pages; i++) {
        rng ^= rng << 13; rng ^= rng >> 17; rng ^= rng << 5;
        uint32_t index = (uint32_t)(((uint64_t)rng * nonzero_pages) >> 32);
        if (*page_at(index) != (TAG ^ index)) bad++;
    }
    return bad;
}

void guest_tick(void) {
    uint64_t now = rdtsc();
    uint64_t delta = now - last_tsc;
    last_tsc = now;
    if (rate_pages_per_s) {
        if (delta > tsc_hz) delta = tsc_hz;
        credit += delta * rate_pages_per_s;
        if (credit > credit_cap) {
            dropped_total += div64_32(credit - credit_cap, tsc_hz, 0);
            credit = credit_cap;
        }
        uint32_t rem;
        uint32_t due = div64_32(credit, tsc_hz, &rem);
        credit = rem;
        dirty(due);
    }
    if (now >= next_report) {
        next_report = now + tsc_hz;
        seconds++;
        bad_total += check_tags();
        puts_("cc-guest: alive");
        field("t_s", seconds);
        field("dirtied_pages", dirtied_total);
        field("rate_mibps", dirtied_this_second / 256u);
        field("dropped_pages", dropped_total);
        field("tag_errors", bad_total);
        putc_both('\n');
        dirtied_this_second = 0;
    }
    __asm__ volatile("sti; hlt; cli");
    stop("woke without an interrupt");
}

void guest_exception(uint32_t vector) {
    puts_("cc-guest: exception");
    field("vector", vector);
    putc_both('\n');
    for (;;) __asm__ volatile("cli; hlt");
}

void guest_main(uint32_t magic, const uint32_t *mbi) {
    if (magic != 0x2BADB002u) stop("not started by a multiboot loader");
    const char *cmd = (mbi[0] & (1u << 2)) ? (const char *)mbi[4] : "";
    uint32_t nonzero_mib = 0, ws_mib = 0, dirty_mibps = 0, write_bytes = 8, catchup_ms = 10, tsc_khz = 0;
    arg_u32(cmd, "nonzero_mib", &nonzero_mib);
    arg_u32(cmd, "ws_mib", &ws_mib);
    arg_u32(cmd, "dirty_mibps", &dirty_mibps);
    arg_u32(cmd, "write_bytes", &write_bytes);
    arg_u32(cmd, "catchup_ms", &catchup_ms);
    if (arg_is(cmd, "pattern=seq")) random_pattern = 0;
    else if (!arg_is(cmd, "pattern=random") && arg_is(cmd, "pattern=")) stop("pattern must be random or seq");
    if (write_bytes < 4 || write_bytes > PAGE - 4 || write_bytes % 4) stop("write_bytes must be 4..4092, a multiple of 4");
    write_words = write_bytes / 4;
    if ((uint32_t)_end > DATA_BASE) stop("guest image overlaps the data area");
    uint32_t data_mib = (low_ram_end(mbi) - DATA_BASE) / MIB;
    if (nonzero_mib > data_mib || ws_mib > data_mib)
        stop("nonzero_mib or ws_mib larger than the data area (low RAM above 4 MiB)");
    if (dirty_mibps && !ws_mib) stop("dirty_mibps needs ws_mib");
    if (dirty_mibps > 4095) stop("dirty_mibps must be below 4096");
    if (catchup_ms < 1 || catchup_ms > 1000) stop("catchup_ms must be 1..1000");
    ws_pages = ws_mib * (MIB / PAGE);
    /* The working set lies inside the non-zero area. */
    nonzero_pages = (nonzero_mib > ws_mib ? nonzero_mib : ws_mib) * (MIB / PAGE);
    rate_pages_per_s = dirty_mibps * (MIB / PAGE);
    tsc_hz = arg_u32(cmd, "tsc_khz", &tsc_khz) ? tsc_khz * 1000u : measure_tsc_hz();
    credit_cap = (uint64_t)tsc_hz * (rate_pages_per_s / TICK_HZ * catchup_ms + 1);

    puts_("cc-guest: started");
    field("data_mib", data_mib);
    field("nonzero_mib", nonzero_pages / (MIB / PAGE));
    field("ws_mib", ws_mib);
    field("dirty_mibps", dirty_mibps);
    field("write_bytes", write_bytes);
    field("catchup_ms", catchup_ms);
    field("random", (uint32_t)random_pattern);
    field("tsc_khz", tsc_hz / 1000u);
    putc_both('\n');

    uint64_t t0 = rdtsc();
    for (uint32_t i = 0; i < nonzero_pages; i++) *page_at(i) = TAG ^ i;
    uint32_t touch_ms = div64_32((rdtsc() - t0), tsc_hz / 1000u, 0);

    start_timer();
    last_tsc = rdtsc();
    next_report = last_tsc + tsc_hz;
    puts_("cc-guest: running");
    field("touch_ms", touch_ms);
    putc_both('\n');
    guest_tick();
}
