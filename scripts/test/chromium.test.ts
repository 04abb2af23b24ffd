import { describe, expect, it, vi } from 'vitest';
import { BrowserNotFoundError, findChromium } from '../chromium.mjs';

const onlyExecutable =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

describe('findChromium', () => {
  it('uses CHROME_PATH when it points at an executable', () => {
    const install = vi.fn(() => true);
    const path = findChromium({
      env: { CHROME_PATH: '/opt/chrome', PATH: '/usr/bin' },
      isExecutable: onlyExecutable('/opt/chrome', '/usr/bin/chromium'),
      install,
    });
    expect(path).toBe('/opt/chrome');
    expect(install).not.toHaveBeenCalled();
  });

  it('refuses a CHROME_PATH that is not executable instead of silently using another browser', () => {
    expect(() =>
      findChromium({
        env: { CHROME_PATH: '/nope', PATH: '/usr/bin' },
        isExecutable: onlyExecutable('/usr/bin/chromium'),
      }),
    ).toThrow(/CHROME_PATH is set to \/nope/);
  });

  it('finds Chromium or Chrome on PATH, Chromium first', () => {
    const env = { PATH: '/usr/local/bin:/usr/bin' };
    expect(findChromium({ env, isExecutable: onlyExecutable('/usr/bin/google-chrome', '/usr/bin/chromium') })).toBe(
      '/usr/bin/chromium',
    );
    expect(findChromium({ env, isExecutable: onlyExecutable('/usr/local/bin/google-chrome-stable') })).toBe(
      '/usr/local/bin/google-chrome-stable',
    );
  });

  it('installs Debian chromium when none is found on Linux, then uses it', () => {
    const installed = new Set<string>();
    const install = vi.fn(() => {
      installed.add('/usr/bin/chromium');
      return true;
    });
    const path = findChromium({
      env: { PATH: '/usr/bin' },
      isExecutable: (p: string) => installed.has(p),
      install,
      platform: 'linux',
    });
    expect(install).toHaveBeenCalledOnce();
    expect(path).toBe('/usr/bin/chromium');
  });

  it('stops with a message that says what to install when it cannot install', () => {
    const attempt = () =>
      findChromium({ env: { PATH: '/usr/bin' }, isExecutable: () => false, install: () => false, platform: 'linux' });
    expect(attempt).toThrow(BrowserNotFoundError);
    expect(attempt).toThrow(/apt-get install chromium.*CHROME_PATH/);
  });

  it('never tries apt-get outside Linux', () => {
    const install = vi.fn(() => true);
    expect(() =>
      findChromium({ env: { PATH: '/usr/bin' }, isExecutable: () => false, install, platform: 'darwin' }),
    ).toThrow(BrowserNotFoundError);
    expect(install).not.toHaveBeenCalled();
  });
});
