// axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on every page Signpost shows, at 375 and 1280,
// in every shipped language (every page in en-GB and the right-to-left ones; the distinct
// pages in the others), no text wider than the window, and a full-page screenshot of each
// under target/e2e/ (`<page>-<width>.png` in en-GB, `<locale>-<page>-<width>.png` in others).
//
// axe's source goes into the page with page.evaluate (the DevTools protocol is not subject
// to the page's Content-Security-Policy), so the pages are tested with their real CSP on;
// bypassCSP is not used.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { Harness, WIDTHS, LOCALES, runAxe, describeViolations } = require('./harness');

const h = new Harness();
before(async () => { await h.start(); });
after(async () => { await h.stop(); });

let lang = 'en-GB';
const at = (pathname) => h.url(`${pathname}?lang=${lang}`);

async function answer(page, { country, danger, reporter, concern, platform }) {
  await page.goto(at('/questions'));
  if (country !== undefined) await page.selectOption('#country', country);
  if (danger) await page.check(`#danger-${danger}`);
  if (reporter) await page.check(`#reporter-${reporter}`);
  if (concern) await page.check(`#concern-${concern}`);
  if (platform) await page.selectOption('#platform', platform);
  // Browsers check the answers before sending; switch that off to reach the server's own
  // error page, which browsers without validation still get.
  await page.$eval('form[action="/questions"]', (form) => { form.noValidate = true; });
  await Promise.all([page.waitForEvent('load'), page.click('#continue')]);
}

const PAGES = [
  { name: 'start', open: (page) => page.goto(at('/')), check: '.emergency-box' },
  { name: 'questions', open: (page) => page.goto(at('/questions')), check: 'form #country' },
  { name: 'questions-errors', open: (page) => answer(page, { country: '' }), check: '.error-summary' },
  { name: 'plan-adult', open: (page) => answer(page, { country: 'GB', danger: 'no', reporter: 'adult', concern: 'abuse-imagery' }), check: 'ol.plan' },
  { name: 'plan-child', open: (page) => answer(page, { country: 'GB', danger: 'no', reporter: 'child', concern: 'image-shared' }), check: 'ol.plan' },
  { name: 'plan-adult-danger', open: (page) => answer(page, { country: 'US', danger: 'yes', reporter: 'adult', concern: 'child-abuse' }), check: 'li[data-role="emergency"]' },
  { name: 'plan-child-danger', open: (page) => answer(page, { country: 'GB', danger: 'yes', reporter: 'child', concern: 'grooming' }), check: 'li[data-role="emergency"]' },
  { name: 'plan-international', open: (page) => answer(page, { country: 'AQ', danger: 'not-sure', reporter: 'adult', concern: 'sextortion' }), check: 'ol.plan' },
  { name: 'plan-platform', open: (page) => answer(page, { country: 'GB', danger: 'no', reporter: 'adult', concern: 'grooming', platform: 'discord' }), check: 'li[data-role="platform"]' },
  { name: 'plan-platform-child-danger', open: (page) => answer(page, { country: 'US', danger: 'yes', reporter: 'child', concern: 'abuse-imagery', platform: 'youtube' }), check: 'li[data-role="platform"]' },
  { name: 'staying-safe', open: (page) => page.goto(at('/staying-safe')), check: 'main h1' },
  { name: 'not-found', open: (page) => page.goto(at('/no-such-page')), check: 'main h1' },
];

const RTL = new Set(['ar', 'fa', 'he', 'ur']);
for (const locale of LOCALES) {
  for (const width of WIDTHS) {
    // Other languages share the templates: every distinct page at 375 (where long words
    // matter), the start page and a plan at 1280; en-GB and right-to-left ones: all.
    const full = locale === 'en-GB' || RTL.has(locale.split('-')[0]);
    const pages = full ? PAGES
      : width === 375 ? PAGES.filter((p) => !['plan-adult', 'plan-child', 'plan-adult-danger'].includes(p.name))
        : PAGES.filter((p) => ['start', 'plan-international'].includes(p.name));
    for (const p of pages) {
      test(`axe: ${p.name} in ${locale} at ${width}`, async () => {
      lang = locale;
      const { context, page } = await h.newPage({ width, label: `axe ${p.name} ${locale} ${width}` });
      try {
        await p.open(page);
        assert.ok(await page.$(p.check), `${p.name} shows ${p.check}`);
        assert.equal(await page.getAttribute('html', 'lang'), locale, `${p.name} is in ${locale}`);
        const rtl = RTL.has(locale.split('-')[0]);
        assert.equal(await page.getAttribute('html', 'dir'), rtl ? 'rtl' : 'ltr');
        const name = locale === 'en-GB' ? `${p.name}-${width}` : `${locale}-${p.name}-${width}`;
        await h.screenshot(page, name);
        // Check what is folded away too: open every <details> before the run.
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
        // No text wider than the layout allows: nothing scrolls sideways.
        const overflow = await page.evaluate(() => ({
          page: document.documentElement.scrollWidth, view: window.innerWidth,
          wide: [...document.querySelectorAll('main *, nav *')]
            // The honeypot field is put out of sight on purpose (and out of the way of people).
            .filter((el) => !el.closest('.honeypot'))
            .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && el.getBoundingClientRect().width > 0)
            .slice(0, 3).map((el) => `${el.tagName}.${el.className}: ${(el.textContent || '').trim().slice(0, 40)}`),
        }));
        assert.ok(overflow.page <= overflow.view && overflow.wide.length === 0,
          `${p.name} in ${locale} at ${width} is wider than the window: ${JSON.stringify(overflow)}`);
        const violations = await runAxe(page);
        assert.equal(violations.length, 0, `axe violations on ${p.name} in ${locale} at ${width}:\n${describeViolations(violations)}`);
      } finally {
        await context.close();
      }
      });
    }
  }
}

test('no request left Signpost, no answer in a URL, no cookie, nothing cacheable', async () => {
  assert.ok(h.requestCount() > 20, 'traffic was recorded');
  assert.deepEqual(await h.trafficProblems(), []);
});
