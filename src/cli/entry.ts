import { run } from './main.ts';
import { bytesWriter } from './stdout-writer.ts';

// Process wrapper: one clear line on stderr for anything unexpected, never a stack trace.
run(process.argv.slice(2), {
  stdout: bytesWriter(process.stdout),
  stderr: (text) => process.stderr.write(text),
  now: () => new Date().toISOString(),
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
    // Ending here skips Node freeing the heap page by page on its way out: after a 10,000-device scan that was
    // ~400 munmap calls and 30–90 ms between the last byte written and the end of the process. Only when nothing
    // waits to be written: stdout to a pipe is asynchronous on some systems, and exit() would cut it off.
    if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code);
  },
  (error: unknown) => {
    process.stderr.write(`alexpose: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
