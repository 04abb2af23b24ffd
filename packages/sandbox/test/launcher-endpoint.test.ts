// The launcher over real HTTP: the page, the deep link that performs a launch, and the live log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../src/index.js';
import { authorizeRedirect, exchangeCode, fhirGet, testData, type TokenBody } from './helpers.js';

const APP = 'http://127.0.0.1:5173/launch.html';

describe('/launcher', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ data: testData() });
  });
  afterAll(() => sandbox.close());

  it('is where the sandbox root leads, and shows the data to pick from in bokmål or English', async () => {
    const root = await fetch(`${sandbox.url}/`, { redirect: 'manual' });
    expect(root.headers.get('location')).toBe('/launcher');
    const page = await fetch(`${sandbox.url}/launcher`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    expect(html).toContain('Kari Nordmann');
    expect(html).toContain('Start appen');
    expect(await (await fetch(`${sandbox.url}/launcher?lang=en`)).text()).toContain('Launch the app');
  });

  it('turns a deep link into an EHR launch of the app, and that launch works end to end', async () => {
    const link = `${sandbox.url}/launcher?app=${encodeURIComponent(APP)}&patient=ola&personality=epic`;
    const response = await fetch(link, { redirect: 'manual' });
    expect(response.status).toBe(302);
    const target = new URL(response.headers.get('location')!);
    expect(target.origin + target.pathname).toBe(APP);
    expect(target.searchParams.get('iss')).toBe(sandbox.url + sandbox.personalities.epic.paths.fhir);

    const redirect = await authorizeRedirect(sandbox, {
      personality: 'epic',
      scope: 'launch openid fhirUser patient/*.read',
      launch: target.searchParams.get('launch')!,
    });
    const token = (await (await exchangeCode(sandbox, 'epic', redirect.searchParams.get('code')!)).json()) as TokenBody;
    expect(token.patient).toBe('ola');
    const patient = await fhirGet(sandbox, 'epic', 'Patient/ola', token.access_token);
    expect(patient.status).toBe(200);
  });

  it('carries the chosen fault into the launch', async () => {
    const link = `${sandbox.url}/launcher?app=${encodeURIComponent(APP)}&fault=server_error`;
    const target = new URL((await fetch(link, { redirect: 'manual' })).headers.get('location')!);
    const redirect = await authorizeRedirect(sandbox, {
      personality: 'smart-v2',
      scope: 'launch patient/*.rs',
      launch: target.searchParams.get('launch')!,
    });
    const token = (await (
      await exchangeCode(sandbox, 'smart-v2', redirect.searchParams.get('code')!)
    ).json()) as TokenBody;
    expect((await fhirGet(sandbox, 'smart-v2', 'Patient/kari', token.access_token)).status).toBe(500);
  });

  it('shows the form with the choices of a ?form link filled in, and launches nothing', async () => {
    const before = sandbox.log.length;
    const link = `${sandbox.url}/launcher?form&app=${encodeURIComponent(APP)}&personality=epic&lang=en`;
    const response = await fetch(link, { redirect: 'manual' });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toMatch(new RegExp(`id="app"[^>]*value="${APP}"`));
    expect(html).toMatch(/name="personality"\s+value="epic"\s+checked/);
    expect(html).toContain('Launch the app');
    // Switching language keeps the form and its app.
    const other = /<a href="([^"]+)" lang="nb">/.exec(html)?.[1]?.replaceAll('&#38;', '&');
    const query = new URLSearchParams(other?.slice(1));
    expect([query.get('lang'), query.has('form'), query.get('app')]).toEqual(['nb', true, APP]);
    expect(sandbox.log.slice(before).some((entry) => entry.path.includes('/authorize'))).toBe(false);
  });

  it('says what is wrong with a bad link instead of launching something else', async () => {
    const response = await fetch(`${sandbox.url}/launcher?app=${encodeURIComponent(APP)}&patient=nobody`, {
      redirect: 'manual',
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Unknown patient &#34;nobody&#34;');
  });

  it('shows OAuth and FHIR traffic in the live log, without its own polling', async () => {
    await fetch(`${sandbox.url}/launcher/log`);
    const log = (await (await fetch(`${sandbox.url}/launcher/log`)).json()) as { path: string }[];
    expect(log.some((entry) => entry.path.includes('/authorize'))).toBe(true);
    expect(log.some((entry) => entry.path.startsWith('/launcher'))).toBe(false);
    const script = await fetch(`${sandbox.url}/launcher/log.js`);
    expect(script.headers.get('content-type')).toContain('text/javascript');
  });
});
