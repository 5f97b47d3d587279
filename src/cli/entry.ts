import { run } from './main.ts';
import { bytesWriter } from './stdout-writer.ts';

// Process wrapper: one clear line on stderr for anything unexpected, never a stack trace.
const writeStdout = bytesWriter(process.stdout);
let cannotWrite = false;
// A reader that stops early (`alexpose scan … | head`) closes the pipe: the rest of the report is not written and the
// exit status stays the scan's own. Any other failure to write the report is one stderr line and status 2.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE' || cannotWrite) return;
  cannotWrite = true;
  process.stderr.write(`alexpose: cannot write the report: ${error.message}\n`);
});
run(process.argv.slice(2), {
  stdout: (text) => {
    if (!process.stdout.destroyed) writeStdout(text);
  },
  stderr: (text) => process.stderr.write(text),
  now: () => new Date().toISOString(),
  env: process.env,
}).then(
  // A failed write says so in an event after the write's tick: the status is decided once those have run.
  (scanCode) => setImmediate(() => finish(scanCode)),
  (error: unknown) => {
    process.stderr.write(`alexpose: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);

function finish(scanCode: number): void {
  const code = cannotWrite ? 2 : scanCode;
  process.exitCode = code;
  // Ending here skips Node freeing the heap page by page on its way out: after a 10,000-device scan that was
  // ~400 munmap calls and 30–90 ms between the last byte written and the end of the process. Only when nothing
  // waits to be written: stdout to a pipe is asynchronous on some systems, and exit() would cut it off.
  if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code);
}
