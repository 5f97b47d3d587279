// Writes dist/cli/alexpose.cache: V8's code for the built CLI after a scan of the Ring and Alexa fixtures (device
// lists and HARs, as JSON), so the functions a scan runs are cached too, not only the script's top level. Run by
// scripts/build.mjs in a process of its own: the CLI runs here as it does from bin/alexpose.js and ends the process.
// The cache starts with the SHA-256 of the script it belongs to (bin/cli-script.js checks it).
import { writeFileSync } from 'node:fs';
import { CLI_CACHE, runCliScript } from '../bin/cli-script.js';

const FIXTURES = [
  'test/fixtures/ring/ring-devices.json',
  'test/fixtures/ring/account.har',
  'test/fixtures/alexa/graphql-endpoints.json',
  'test/fixtures/alexa/alexa-deep-scan.har',
];
process.argv = [process.argv[0], 'alexpose', 'scan', '--format', 'json', '--lang', 'en', ...FIXTURES];
const { script, hash } = runCliScript({ useCache: false });
process.on('exit', () => writeFileSync(CLI_CACHE, Buffer.concat([hash, script.createCachedData()])));
