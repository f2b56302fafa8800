#!/usr/bin/env node
// `npx council-lens <command>`: a thin launcher that lets the TypeScript commands in scripts/cli run
// in plain Node (through tsx), so the scanner and the history lookup use the very code the extension does.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

const COMMANDS = {
  scan: 'Find council mentions in saved pages: scan <file.html | folder | -> [--json]',
  history: "Print one council's inspection record: history <name or code> [--json]",
};

const [command, ...args] = process.argv.slice(2);
const here = dirname(fileURLToPath(import.meta.url));
const modulePath = command && Object.hasOwn(COMMANDS, command) ? join(here, 'cli', `${command}.ts`) : null;

if (!modulePath || !existsSync(modulePath)) {
  console.error('Usage: council-lens <command> [options]\n');
  for (const [name, help] of Object.entries(COMMANDS)) console.error(`  ${name.padEnd(8)} ${help}`);
  process.exit(command ? 2 : 0);
}

register();
const { run } = await import(pathToFileURL(modulePath).href);
process.exitCode = await run(args);
