#!/usr/bin/env node
// Opens every story of a static Storybook build in headless Chromium and fails it on:
//   an uncaught page error, a console error, a failed or >= 400 request, Storybook's error display,
//   a custom element in the story that was never defined (a tree-shaken or forgotten registration),
//   or an axe violation of WCAG 2.1 A/AA.
// Usage: node scripts/smoke-stories.mjs [storybook-static]
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
/* global document, customElements, requestAnimationFrame -- used in functions that run in the page */
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';
import { serveDirectory } from './static-server.mjs';

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const CONCURRENCY = 2;
const TIMEOUT_MS = 15_000;

/**
 * Smoke-tests every story in `dir`.
 * @param {string} dir a static Storybook build
 * @returns {Promise<{ id: string, problems: string[] }[]>} one entry per story, sorted by id
 */
export async function smokeStories(dir, { executablePath = chromiumPath() } = {}) {
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
  const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
  const server = await serveDirectory(dir);
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  try {
    const results = [];
    const queue = [...stories];
    const worker = async () => {
      for (let story = queue.shift(); story; story = queue.shift()) {
        results.push({ id: story.id, problems: await checkStory(browser, server.url, story.id) });
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    return results.sort((a, b) => a.id.localeCompare(b.id));
  } finally {
    await browser.close();
    server.close();
  }
}

async function checkStory(browser, baseUrl, id) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) {
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  try {
    // The a11y addon's own automatic run is switched off (`a11y.manual`): the check below is the one
    // that counts, and two axe runs per story doubled this step's time.
    await page.goto(`${baseUrl}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=a11y.manual:!true`);
    await page.waitForSelector('body.sb-show-main, body.sb-show-errordisplay, body.sb-show-nopreview', {
      timeout: TIMEOUT_MS,
    });
    const shown = await page.evaluate(() => document.body.className);
    if (!shown.includes('sb-show-main')) {
      const message = await page
        .locator('#error-message, .sb-nopreview')
        .first()
        .textContent()
        .catch(() => '');
      problems.push(`story did not render: ${message?.trim() || shown}`);
    } else {
      problems.push(...(await undefinedElements(page)).map((tag) => `<${tag}> is used but never defined`));
      problems.push(...(await axeViolations(page)));
    }
  } catch (error) {
    problems.push(`could not open the story: ${error instanceof Error ? error.message : error}`);
  } finally {
    await page.close();
  }
  return problems;
}

/** Tags with a dash in the story (light and shadow DOM) that no registry knows, after upgrades settle. */
function undefinedElements(page) {
  return page.evaluate(async () => {
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
    const missing = new Set();
    const visit = (root) => {
      for (const element of root.querySelectorAll('*')) {
        const tag = element.localName;
        if (tag.includes('-') && !customElements.get(tag)) missing.add(tag);
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document.querySelector('#storybook-root') ?? document.body);
    return [...missing];
  });
}

/** Our own axe check; should the a11y addon still be running its own, waits for it to finish first. */
async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.addScriptTag({ path: AXE_SOURCE });
  const violations = await page.evaluate(
    async ({ tags, timeout }) => {
      const deadline = Date.now() + timeout;
      for (;;) {
        try {
          const { violations } = await globalThis.axe.run('#storybook-root', {
            runOnly: { type: 'tag', values: tags },
          });
          return violations.map(
            (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          );
        } catch (error) {
          if (!String(error).includes('already running') || Date.now() > deadline) throw error;
          await new Promise((retry) => setTimeout(retry, 50));
        }
      }
    },
    { tags: WCAG_AA, timeout: TIMEOUT_MS },
  );
  return violations.map((violation) => `accessibility: ${violation}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2] ?? 'storybook-static';
  const results = await smokeStories(dir);
  const failed = results.filter((result) => result.problems.length > 0);
  for (const { id, problems } of results) {
    console.log(`${problems.length ? '✗' : '✓'} ${id}`);
    for (const problem of problems) console.log(`    ${problem}`);
  }
  const summary = { passed: results.length - failed.length, failed: failed.length };
  if (process.env.SAMSPILL_RESULT_FILE) writeFileSync(process.env.SAMSPILL_RESULT_FILE, JSON.stringify(summary));
  console.log(`stories: ${summary.passed} passed, ${summary.failed} failed`);
  process.exitCode = failed.length > 0 || results.length === 0 ? 1 : 0;
}
