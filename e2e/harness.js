// Shared set-up for Signpost's browser tests: starts Signpost and a neutral "exit" page
// server on 127.0.0.1, launches Debian's Chromium through playwright-core, records every
// request and response of every browser context it makes, and stops it all again.
'use strict';

const { spawn } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { chromium } = require('playwright-core');

const REPO = path.resolve(__dirname, '..');
const SIGNPOST_BIN = path.resolve(REPO, process.env.SIGNPOST_BIN || 'target/debug/signpost');
const CHROMIUM = process.env.CHROMIUM_BIN || '/usr/bin/chromium';
const SCREENSHOTS = path.join(REPO, 'target', 'e2e');
const WIDTHS = [375, 1280];
// The shipped languages, as config/locales/ holds them (en-GB first).
const LOCALES = fs.readdirSync(path.join(REPO, 'config', 'locales'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory()).map((entry) => entry.name)
  .sort((a, b) => (a === 'en-GB' ? -1 : b === 'en-GB' ? 1 : a.localeCompare(b)));
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

// The answers a person can give. Any of these in a URL's query or fragment is a leak;
// the fragments below are field ids that the error summary links to (the same on every
// error page, whatever was answered), plus the skip link's.
const CONCERNS = [
  'abuse-imagery', 'grooming', 'sextortion', 'image-shared',
  'child-abuse', 'adult-behaviour', 'own-thoughts', 'not-sure',
];
const ALLOWED_FRAGMENTS = new Set(['', '#main', '#country', '#danger-yes', '#reporter-child', '#concern-abuse-imagery']);

/** The neutral page that "Leave this site" goes to. */
function startExitServer() {
  return new Promise((resolve, reject) => {
    const server = http.createServer((req, res) => {
      const body = req.url === '/favicon.ico' ? '' :
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Weather</title></head>' +
        '<body><h1 id="weather">Weather</h1><p>Sunny spells.</p></body></html>';
      res.writeHead(req.url === '/favicon.ico' ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body);
    });
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/** Starts Signpost on a free port and resolves once it logs the address it serves. */
function startSignpost(exitUrl) {
  if (!fs.existsSync(SIGNPOST_BIN)) {
    throw new Error(`Signpost binary not found at ${SIGNPOST_BIN}: run cargo build, or set SIGNPOST_BIN`);
  }
  const child = spawn(SIGNPOST_BIN, ['serve', '--listen', '127.0.0.1:0'], {
    cwd: REPO,
    // Mail is on, pointed at a loopback port where nothing listens: the plan pages show the
    // "Also tell" form, and a send fails honestly (no mail leaves this machine).
    env: {
      ...process.env,
      SIGNPOST_PAGES__EXIT_URL: exitUrl,
      SIGNPOST_MAIL__ENABLED: 'true',
      SIGNPOST_MAIL__SMTP_URL: 'smtp://127.0.0.1:9',
      SIGNPOST_MAIL__ORGANISATION: 'Hillside School',
      NO_COLOR: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Signpost did not report its address within 20 s. Output:\n${log}`));
    }, 20_000);
    const onData = (chunk) => {
      log += chunk.toString();
      const match = /Signpost is serving address=127\.0\.0\.1:(\d+)/.exec(log);
      if (match) {
        clearTimeout(timer);
        resolve({ child, port: Number(match[1]), log: () => log });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`Signpost exited early (code ${code}, signal ${signal}). Output:\n${log}`));
    });
  });
}

function stopChild(child) {
  return new Promise((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => { clearTimeout(timer); resolve(); });
    child.kill('SIGTERM');
  });
}

class Harness {
  async start() {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    this.exitServer = await startExitServer();
    this.exitOrigin = `http://127.0.0.1:${this.exitServer.address().port}`;
    this.exitUrl = `${this.exitOrigin}/`;
    this.signpost = await startSignpost(this.exitUrl);
    this.signpost.child.removeAllListeners('exit');
    this.origin = `http://127.0.0.1:${this.signpost.port}`;
    // chromium.launch gives the browser a fresh temporary profile (user data dir) that
    // playwright removes on close; each test then gets its own fresh context in it.
    this.browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    this.traffic = [];
    return this;
  }

  async stop() {
    try { if (this.browser) await this.browser.close(); } catch { /* already gone */ }
    if (this.signpost) await stopChild(this.signpost.child);
    if (this.exitServer) await new Promise((resolve) => this.exitServer.close(resolve));
  }

  url(pathname) { return `${this.origin}${pathname}`; }

  /**
   * A fresh browser context (no cookies, no cache, no history) at this width, recording all
   * its traffic. `exitAllowed` marks contexts whose tests navigate to the exit page on purpose.
   */
  async newContext({ width = 1280, javaScriptEnabled = true, locale = 'en-GB', exitAllowed = false, label = '' } = {}) {
    const context = await this.browser.newContext({
      viewport: { width, height: width < 600 ? 740 : 900 },
      javaScriptEnabled,
      locale,
      serviceWorkers: 'block',
    });
    context.setDefaultTimeout(15_000);
    const record = { label, exitAllowed, requests: [], responses: [], navigations: [] };
    this.traffic.push(record);
    context.on('request', (request) => {
      record.requests.push({
        url: request.url(), method: request.method(), type: request.resourceType(),
        navigation: request.isNavigationRequest(),
      });
    });
    context.on('response', (response) => {
      record.responses.push({
        url: response.url(), status: response.status(),
        type: response.request().resourceType(),
        headers: response.headersArray().catch(() => null),
      });
    });
    context.on('page', (page) => {
      page.on('framenavigated', (frame) => { if (frame === page.mainFrame()) record.navigations.push(frame.url()); });
    });
    return context;
  }

  async newPage(options) {
    const context = await this.newContext(options);
    const page = await context.newPage();
    return { context, page };
  }

  async screenshot(page, name) {
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
  }

  /**
   * Every problem in the traffic recorded so far: requests to another origin, URLs with a
   * query string or an answer in the fragment, Set-Cookie headers, documents without
   * cache-control: no-store.
   */
  async trafficProblems() {
    const problems = [];
    const isSignpost = (u) => { try { return new URL(u).origin === this.origin; } catch { return false; } };
    const isExit = (u) => { try { return new URL(u).origin === this.exitOrigin; } catch { return false; } };
    for (const record of this.traffic) {
      const where = record.label ? ` [${record.label}]` : '';
      for (const r of record.requests) {
        if (r.url.startsWith('data:') || r.url === 'about:blank') continue;
        if (isSignpost(r.url)) continue;
        if (record.exitAllowed && isExit(r.url) && (r.navigation || r.url.endsWith('/favicon.ico'))) continue;
        problems.push(`request to another origin${where}: ${r.method} ${r.url} (${r.type})`);
      }
      const urls = [...record.navigations, ...record.requests.filter((r) => r.navigation).map((r) => r.url)];
      for (const u of urls) {
        if (u === 'about:blank' || u.startsWith('chrome-error:')) continue;
        const parsed = new URL(u);
        // The one query a Signpost address may carry is the language (?lang=fr): no answers.
        if (parsed.search !== '' && !/^\?lang=[A-Za-z0-9-]{2,16}$/.test(parsed.search)) {
          problems.push(`URL with a query string${where}: ${u}`);
        }
        if (!ALLOWED_FRAGMENTS.has(parsed.hash)) problems.push(`URL with an unexpected fragment${where}: ${u}`);
      }
      for (const r of record.responses) {
        const headers = await r.headers;
        if (!headers) continue;
        if (headers.some((h) => h.name.toLowerCase() === 'set-cookie')) {
          problems.push(`Set-Cookie on${where} ${r.url}`);
        }
        if (isSignpost(r.url)) {
          const cache = headers.filter((h) => h.name.toLowerCase() === 'cache-control').map((h) => h.value).join(', ');
          if (!/(^|,\s*)no-store(\s*,|$)/i.test(cache)) {
            problems.push(`${r.type} response without cache-control: no-store${where}: ${r.url} (cache-control: ${cache || 'none'})`);
          }
        }
      }
    }
    return problems;
  }

  /** How many requests were recorded, for a sanity check that recording works. */
  requestCount() { return this.traffic.reduce((n, r) => n + r.requests.length, 0); }
}

/** Runs axe-core in the page (CSP stays on: the source goes in through page.evaluate). */
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
async function runAxe(page) {
  const loaded = await page.evaluate(() => typeof window.axe);
  if (loaded === 'undefined') await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const results = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html, summary: n.failureSummary })),
    }));
  }, AXE_TAGS);
}

function describeViolations(violations) {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n` +
    v.nodes.map((n) => `    ${n.target}\n      ${n.html}\n      ${(n.summary || '').replace(/\n/g, '\n      ')}`).join('\n')).join('\n');
}

module.exports = { Harness, WIDTHS, LOCALES, CONCERNS, runAxe, describeViolations, SCREENSHOTS };
