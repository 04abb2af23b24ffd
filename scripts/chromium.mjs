// Finds the Chromium every browser tool in this repository drives. Never downloads a browser build:
// CHROME_PATH wins; otherwise a Chromium or Chrome already on the machine; otherwise, as root on
// Debian, Debian's own `chromium` package is installed with apt-get; otherwise we stop and say what to install.
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
const FIXED_PATHS = [
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** Flags for a headless browser on a machine with no network beyond localhost and no GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export class BrowserNotFoundError extends Error {
  /** @override */
  name = 'BrowserNotFoundError';
}

/**
 * Where Chromium is. `env`, `isExecutable`, `install` and `platform` are there so the search itself
 * can be tested without touching the machine.
 *
 * @param {{ env?: Record<string, string | undefined>, isExecutable?: (path: string) => boolean,
 *   install?: () => boolean, platform?: string }} [options]
 * @returns {string}
 */
export function findChromium({
  env = process.env,
  isExecutable = executable,
  install = installDebianChromium,
  platform = process.platform,
} = {}) {
  if (env.CHROME_PATH) {
    if (isExecutable(env.CHROME_PATH)) return env.CHROME_PATH;
    throw new BrowserNotFoundError(`CHROME_PATH is set to ${env.CHROME_PATH}, which is not an executable file.`);
  }
  const found = candidates(env).find(isExecutable);
  if (found) return found;
  if (platform === 'linux' && install()) {
    const installed = candidates(env).find(isExecutable);
    if (installed) return installed;
  }
  throw new BrowserNotFoundError(
    'No Chromium or Chrome found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`; ' +
      'macOS: `brew install --cask chromium`) or set CHROME_PATH to its executable.',
  );
}

let cached;
/** `findChromium()` for this process, so tools that ask repeatedly search (and install) at most once. */
export function chromiumPath() {
  cached ??= findChromium();
  return cached;
}

function candidates(env) {
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  return [...NAMES.flatMap((name) => dirs.map((dir) => join(dir, name))), ...FIXED_PATHS];
}

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Installs Debian's chromium when we are root on Debian; returns whether it tried. */
function installDebianChromium() {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/etc/debian_version')) return false;
  console.error('[samspill] No Chromium found: installing Debian\'s "chromium" package with apt-get…');
  /** @type {import('node:child_process').ExecFileSyncOptions} */
  const options = {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  };
  execFileSync('apt-get', ['update', '-qq'], options);
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], options);
  return true;
}
