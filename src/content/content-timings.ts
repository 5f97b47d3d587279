/**
 * The content script's own time on the page, kept in its isolated world for the benchmark (bench/page-load.mjs reads
 * `alexposeTimings` there). Not performance measures: the page's performance timeline would show those.
 */
export function noteTiming(name: string, start: number): void {
  const world = globalThis as unknown as { alexposeTimings?: { name: string; startTime: number; duration: number }[] };
  (world.alexposeTimings ??= []).push({ name, startTime: start, duration: performance.now() - start });
}

/** Runs `work` and notes its time under `name`. */
export function timed(name: string, work: () => void): void {
  const start = performance.now();
  try {
    work();
  } finally {
    noteTiming(name, start);
  }
}
