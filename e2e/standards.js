// Checks every page and state Signpost serves, in en-GB, fr and ar, with two independent
// tools nobody on the project wrote, and fails on any error either reports:
//
// - the W3C Nu HTML Checker (npm `vnu-jar`, run offline with the machine's Java) on the
//   bytes Signpost sent for each page;
// - pa11y (htmlcs and axe runners, WCAG 2 AA) on each page as Chromium shows it.
//
//   node e2e/standards.js            # from the repository root, after cargo build
//
// It starts two Signposts with mail on: one pointed at a tiny SMTP sink in this process (so
// "Also tell" can be sent, and then fail once the sink is closed), one with the lowest form
// limit (ten posts a minute) (for the 429 pages). Pages are fetched the way a person gets them: GETs
// by navigation, POSTs by submitting a form from one of Signpost's own pages. The bytes of
// each page are kept in target/standards/<locale>-<state>.html; the Nu checker's and
// pa11y's reports in target/standards/report.json. The list of states is `STATES` below
// (and e2e/README.md).
//
// Environment: SIGNPOST_BIN (default target/debug/signpost), CHROMIUM_BIN (default
// /usr/bin/chromium), JAVA (default java).
'use strict';

const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const puppeteer = require('puppeteer');
const pa11y = require('pa11y');

const REPO = path.resolve(__dirname, '..');
const SIGNPOST_BIN = path.resolve(REPO, process.env.SIGNPOST_BIN || 'target/debug/signpost');
const CHROMIUM = process.env.CHROMIUM_BIN || '/usr/bin/chromium';
const JAVA = process.env.JAVA || 'java';
const VNU_JAR = require('vnu-jar');
const OUT = path.join(REPO, 'target', 'standards');
const LOCALES = ['en-GB', 'fr', 'ar'];
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

const ADULT = { country: 'GB', danger: 'no', reporter: 'adult', concern: 'grooming' };
const CHILD_DANGER = { country: 'GB', danger: 'yes', reporter: 'child', concern: 'sextortion' };
const WORDS = 'Someone keeps messaging my nephew and asking him to keep it secret.';
const TELL = {
  ...ADULT, text: WORDS, contact: 'anonymous', name: '', email: '', phone: '', consent: 'yes',
  leave_empty: '',
};

/**
 * Every page and state, in the order they are fetched. `get` is a path (the language goes in
 * `?lang=`); `post` is [path, fields] (the language goes in the `lang` field);
 * `server: 'limited'` uses the Signpost whose form limit is ten posts a minute (`repeat`:
 * post again until it answers 429); `before` runs
 * first (closing the SMTP sink). `status` is what Signpost must answer (or one of them).
 */
const STATES = [
  { name: 'start', get: '/', status: 200 },
  { name: 'questions', get: '/questions', status: 200 },
  { name: 'questions-errors', post: ['/questions', {}], status: 422 },
  { name: 'questions-errors-partial', post: ['/questions', { country: 'FR', concern: 'grooming' }], status: 422 },
  { name: 'plan-adult', post: ['/questions', ADULT], status: 200 },
  { name: 'plan-child-danger', post: ['/questions', CHILD_DANGER], status: 200 },
  { name: 'plan-international', post: ['/questions', { ...ADULT, country: 'unlisted' }], status: 200 },
  { name: 'plan-platform', post: ['/questions', { ...ADULT, platform: 'discord' }], status: 200 },
  { name: 'plan-platform-child-danger', post: ['/questions', { ...CHILD_DANGER, platform: 'snapchat' }], status: 200 },
  { name: 'questions-errors-platform', post: ['/questions', { ...ADULT, platform: 'unlisted' }], status: 422 },
  { name: 'staying-safe', get: '/staying-safe', status: 200 },
  { name: 'not-found', get: '/no-such-page', status: 404 },
  { name: 'tell-errors', post: ['/tell', { ...TELL, text: '', consent: '', action: 'check' }], status: 422 },
  { name: 'tell-change', post: ['/tell', { ...TELL, action: 'edit' }], status: 200 },
  { name: 'tell-check', post: ['/tell', { ...TELL, action: 'check' }], status: 200 },
  { name: 'tell-sent', post: ['/tell', { ...TELL, action: 'send' }], status: 200 },
  { name: 'tell-not-sent', post: ['/tell', { ...TELL, action: 'send' }], status: [502, 503], before: 'close-smtp' },
  { name: 'questions-429', post: ['/questions', ADULT], server: 'limited', status: 429, repeat: true },
  { name: 'tell-429', post: ['/tell', { ...TELL, action: 'send' }], server: 'limited', status: 429, repeat: true },
];

/** Every Signpost started, stopped when this script ends however it ends. */
const CHILDREN = [];
process.on('exit', () => { for (const child of CHILDREN) child.kill('SIGTERM'); });

/** A minimal SMTP server that accepts every message and keeps none. */
function startSmtpSink() {
  const sockets = new Set();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    let buffer = '';
    let inData = false;
    socket.write('220 localhost ESMTP sink\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('latin1');
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          buffer = buffer.slice(end + 5);
          inData = false;
          socket.write('250 2.0.0 OK\r\n');
          continue;
        }
        const eol = buffer.indexOf('\r\n');
        if (eol < 0) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO') socket.write('250-localhost\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n');
        else if (verb === 'DATA') { inData = true; socket.write('354 go ahead\r\n'); if (buffer.startsWith('.\r\n')) buffer = '\r\n' + buffer; }
        else if (verb === 'QUIT') { socket.end('221 bye\r\n'); return; }
        else socket.write('250 OK\r\n');
      }
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    port: server.address().port,
    close: () => new Promise((done) => { for (const s of sockets) s.destroy(); server.close(done); }),
  })));
}

/** Starts Signpost with these extra settings; resolves with its origin once it serves. */
function startSignpost(env) {
  const child = spawn(SIGNPOST_BIN, ['serve', '--listen', '127.0.0.1:0'], {
    cwd: REPO,
    env: {
      ...process.env,
      SIGNPOST_PAGES__EXIT_URL: 'http://127.0.0.1:9/',
      SIGNPOST_MAIL__ENABLED: 'true',
      SIGNPOST_MAIL__ORGANISATION: 'Hillside School',
      NO_COLOR: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  CHILDREN.push(child);
  let log = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Signpost did not start:\n${log}`)), 20_000);
    const onData = (chunk) => {
      log += chunk.toString();
      const match = /Signpost is serving address=(127\.0\.0\.1:\d+)/.exec(log);
      if (match) { clearTimeout(timer); resolve({ child, origin: `http://${match[1]}` }); }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`Signpost exited (${code}):\n${log}`)); });
  });
}

/** Fetches one state in one language; returns Signpost's response. */
async function visit(page, origin, locale, state) {
  await page.setExtraHTTPHeaders({ 'Accept-Language': locale });
  if (state.get) {
    const separator = state.get.includes('?') ? '&' : '?';
    return page.goto(`${origin}${state.get}${separator}lang=${encodeURIComponent(locale)}`);
  }
  const [action, fields] = state.post;
  // A form on one of Signpost's own pages, submitted as the browser would (same origin).
  await page.goto(`${origin}/staying-safe?lang=${encodeURIComponent(locale)}`);
  const [response] = await Promise.all([
    page.waitForNavigation(),
    page.evaluate((formAction, formFields) => {
      const form = document.createElement('form');
      form.method = 'post';
      form.action = formAction;
      for (const [name, value] of Object.entries(formFields)) {
        const input = document.createElement('input');
        input.type = 'hidden';
        input.name = name;
        input.value = value;
        form.append(input);
      }
      document.body.append(form);
      form.submit();
    }, action, { ...fields, lang: locale }),
  ]);
  return response;
}

/**
 * Which of pa11y's findings fail the run: every error from either runner; every axe finding
 * (axe reports rule violations, "moderate" ones such as heading-order as warnings); and
 * HTML_CodeSniffer's heading nesting (G141). HTML_CodeSniffer's other warnings are questions
 * for a person ("if this is a navigation section…", "the background colour behind this
 * absolutely positioned text cannot be determined"), counted and printed, not failed.
 */
function fails(issue) {
  return issue.type === 'error' || issue.runner === 'axe' || /\.G141$/.test(issue.code);
}

/** The Nu HTML Checker over these files: its messages, by file. */
function nuCheck(files) {
  const run = spawnSync(JAVA, ['-jar', VNU_JAR, '--format', 'json', '--stdout', ...files], {
    encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    throw new Error(`the Nu checker did not answer JSON (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
  const byFile = new Map(files.map((f) => [f, []]));
  for (const message of report.messages) {
    const file = decodeURIComponent(String(message.url || '').replace(/^file:/, ''));
    const key = files.find((f) => file.endsWith(f)) || file;
    if (!byFile.has(key)) byFile.set(key, []);
    byFile.get(key).push(message);
  }
  return byFile;
}

async function main() {
  if (!fs.existsSync(SIGNPOST_BIN)) {
    throw new Error(`Signpost binary not found at ${SIGNPOST_BIN}: run cargo build, or set SIGNPOST_BIN`);
  }
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  const sink = await startSmtpSink();
  const servers = {
    main: await startSignpost({
      SIGNPOST_MAIL__SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
      SIGNPOST_SERVER__SENDS_PER_15_MINUTES: '1000',
      SIGNPOST_SERVER__FORM_POSTS_PER_MINUTE: '1000',
    }),
    limited: await startSignpost({
      SIGNPOST_MAIL__SMTP_URL: 'smtp://127.0.0.1:9',
      SIGNPOST_SERVER__FORM_POSTS_PER_MINUTE: '10',
    }),
  };
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const countries = await (await fetch(`${servers.main.origin}/api/v1/countries`)).json();
  const unlisted = countries.find((c) => !c.listed).code;
  const results = [];
  let sinkOpen = true;
  try {
    // States in order, each in every language, so the SMTP sink closes once for all.
    for (const state of STATES) {
      if (state.before === 'close-smtp' && sinkOpen) { await sink.close(); sinkOpen = false; }
      for (const locale of LOCALES) {
        const server = servers[state.server || 'main'];
        const page = await browser.newPage();
        await page.setViewport({ width: 1280, height: 900 });
        const resolved = state.post && state.post[1].country === 'unlisted'
          ? { ...state, post: [state.post[0], { ...state.post[1], country: unlisted }] } : state;
        let response = await visit(page, server.origin, locale, resolved);
        for (let tries = 0; state.repeat && response.status() !== state.status && tries < 20; tries += 1) {
          response = await visit(page, server.origin, locale, resolved);
        }
        const file = path.join('target', 'standards', `${locale}-${state.name}.html`);
        fs.writeFileSync(path.join(REPO, file), await response.buffer());
        const a11y = await pa11y(page.url(), {
          browser, page, ignoreUrl: true, standard: 'WCAG2AA', runners: ['htmlcs', 'axe'],
          includeWarnings: true, includeNotices: false, timeout: 30_000,
        });
        results.push({ state: state.name, locale, file, status: response.status(), expected: state.status,
          pa11y: a11y.issues });
        await page.close();
      }
    }
  } finally {
    await browser.close();
    for (const server of Object.values(servers)) server.child.kill('SIGTERM');
    if (sinkOpen) await sink.close();
  }

  const nu = nuCheck(results.map((r) => r.file));
  let failures = 0;
  const reviewCodes = new Map();
  for (const result of results) {
    const messages = nu.get(result.file) || [];
    result.nu = messages;
    const errors = messages.filter((m) => m.type === 'error' || m.subType === 'fatal');
    const warnings = messages.filter((m) => !errors.includes(m));
    const blocking = result.pa11y.filter(fails);
    const review = result.pa11y.filter((i) => !fails(i));
    const bad = errors.length + blocking.length + ([].concat(result.expected).includes(result.status) ? 0 : 1);
    failures += bad;
    console.log(`${bad ? 'FAIL' : 'ok  '} ${result.locale.padEnd(5)} ${result.state.padEnd(24)} ` +
      `HTTP ${result.status}, Nu ${errors.length} errors (${warnings.length} info), ` +
      `pa11y ${blocking.length} errors (${review.length} to review by eye)`);
    if (![].concat(result.expected).includes(result.status)) console.log(`     expected HTTP ${result.expected}`);
    for (const m of errors) console.log(`     Nu: line ${m.lastLine}: ${m.message}`);
    for (const m of warnings) console.log(`     Nu info: line ${m.lastLine}: ${m.message}`);
    for (const i of blocking) console.log(`     pa11y (${i.runner}) ${i.code}: ${i.message} [${i.selector}]`);
    for (const i of review) reviewCodes.set(i.code, (reviewCodes.get(i.code) || 0) + 1);
  }
  fs.writeFileSync(path.join(OUT, 'report.json'), JSON.stringify(results, null, 2));
  if (reviewCodes.size) {
    console.log('\nHTML_CodeSniffer warnings that ask for a look by eye (not failures):');
    for (const [code, count] of reviewCodes) console.log(`  ${String(count).padStart(3)} × ${code}`);
  }
  console.log(`\n${results.length} pages checked (${STATES.length} states × ${LOCALES.length} languages); ` +
    `${failures} problems. Pages and report in target/standards/.`);
  process.exitCode = failures ? 1 : 0;
}

main().catch((error) => { console.error(error); process.exit(1); });
