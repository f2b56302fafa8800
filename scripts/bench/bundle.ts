import { build, type Rolldown } from 'vite';

/**
 * Bundles one TypeScript entry into a script that sets `window[globalName]`, to run project code inside a
 * real Chromium page (the benchmark measures there, not in Node).
 */
export async function bundleForPage(entry: string, globalName: string): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry, name: globalName, formats: ['iife'], fileName: globalName },
    },
  })) as Rolldown.RolldownOutput[];
  const chunk = output[0]?.output[0];
  if (chunk?.type !== 'chunk') throw new Error(`Bundling ${entry} produced no script`);
  return chunk.code;
}
