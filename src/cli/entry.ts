import { run } from './main.ts';
import { utf8Bytes } from './utf8-bytes.ts';

// Process wrapper: one clear line on stderr for anything unexpected, never a stack trace.
run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(utf8Bytes(text)),
  stderr: (text) => process.stderr.write(text),
  now: () => new Date().toISOString(),
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`alexpose: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
