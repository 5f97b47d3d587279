// npm run dev [-- firefox|chromium]: rebuilds the extension on every change (vite build --watch) and runs it
// in a fresh browser profile with `web-ext run`, which reloads the extension after each rebuild.
// Browser binaries: FIREFOX (default /usr/bin/firefox-esr, else `firefox`) and CHROMIUM (default /usr/bin/chromium).
// Extra web-ext options after the browser name, e.g. `npm run dev -- firefox --arg=--headless`.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { build } from 'vite';

const [browserArg = 'firefox', ...extra] = process.argv.slice(2);
if (browserArg !== 'firefox' && browserArg !== 'chromium') {
  console.error('usage: npm run dev [-- firefox|chromium] [web-ext run options]');
  process.exit(2);
}
const target = browserArg === 'chromium' ? 'chrome' : 'firefox';
const firstOf = (...paths) => paths.find((p) => existsSync(p)) ?? paths.at(-1);
const binary =
  browserArg === 'chromium'
    ? ['--target', 'chromium', '--chromium-binary', process.env.CHROMIUM ?? firstOf('/usr/bin/chromium', '/usr/bin/chromium-browser', 'chromium')]
    : ['--target', 'firefox-desktop', '--firefox', process.env.FIREFOX ?? firstOf('/usr/bin/firefox-esr', '/usr/bin/firefox', 'firefox')];

process.env.ALEXPOSE_TARGET = target;
const watcher = await build({ configFile: 'vite.config.ts', mode: 'development', logLevel: 'info', build: { watch: {}, minify: false } });

let browser;
watcher.on('event', (event) => {
  if (event.code === 'ERROR') console.error(event.error?.message ?? event.error);
  if (event.code !== 'END' || browser) return;
  // First build done: start the browser; later builds are picked up by web-ext's own reload.
  browser = spawn('node_modules/.bin/web-ext', ['run', '--source-dir', `dist/${target}`, ...binary, ...extra], { stdio: 'inherit' });
  browser.on('exit', (code) => {
    void watcher.close();
    process.exit(code ?? 0);
  });
});

const stop = () => {
  browser?.kill('SIGTERM');
  void watcher.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
