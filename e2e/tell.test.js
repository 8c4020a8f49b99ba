// "Also tell {organisation}" in a real browser: the form on the plan, the check step, and the
// honest page when the mail server cannot be reached (the harness points mail at a loopback
// port where nothing listens). axe-core on each page, a screenshot of each, at both widths.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { Harness, WIDTHS, runAxe, describeViolations } = require('./harness');

const h = new Harness();
before(async () => { await h.start(); });
after(async () => { await h.stop(); });

const WORDS = 'He keeps asking my daughter for photos on a game chat. I am worried.';

async function axeClean(page, name) {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
  const violations = await runAxe(page);
  assert.equal(violations.length, 0, `axe violations on ${name}:\n${describeViolations(violations)}`);
}

for (const width of WIDTHS) {
  test(`tell the organisation at ${width}: form, check, and an honest failure with the words kept`, async () => {
    const { context, page } = await h.newPage({ width, label: `tell ${width}` });
    try {
      await page.goto(h.url('/questions'));
      await page.selectOption('#country', 'GB');
      await page.check('#danger-no');
      await page.check('#reporter-adult');
      await page.check('#concern-grooming');
      await Promise.all([page.waitForEvent('load'), page.click('#continue')]);
      assert.ok(await page.$('#tell-heading'), 'the plan offers to tell the organisation');

      await page.fill('#text', WORDS);
      const count = await page.textContent('#text-count');
      assert.match(count, new RegExp(`Characters remaining: ${5000 - WORDS.length}`), 'the live count');
      await page.check('#contact-anonymous');
      await page.check('#consent');
      await Promise.all([page.waitForEvent('load'), page.click('button[value="check"]')]);
      assert.match(await page.textContent('h1'), /Check your message/);
      assert.ok((await page.textContent('.summary__value--text')).includes(WORDS));
      await h.screenshot(page, `tell-check-${width}`);
      await axeClean(page, `tell-check at ${width}`);

      await Promise.all([page.waitForEvent('load'), page.click('button[value="send"]')]);
      assert.match(await page.textContent('h1'), /was not sent/, 'the truth: not sent');
      assert.match(await page.textContent('.notice'), /could not reach the email server/,
        'refused only because the relay is down, not by the same-site check');
      assert.equal(await page.inputValue('#your-text'), WORDS, 'the words are handed back verbatim');
      assert.ok(await page.$('ol.plan > li.plan__step'), 'the hotline steps are still shown');
      await h.screenshot(page, `tell-not-sent-${width}`);
      await axeClean(page, `tell-not-sent at ${width}`);
    } finally {
      await context.close();
    }
  });

  test(`tell with missing answers at ${width}: errors named, words kept`, async () => {
    const { context, page } = await h.newPage({ width, label: `tell errors ${width}` });
    try {
      await page.goto(h.url('/questions'));
      await page.selectOption('#country', 'IE');
      await page.check('#danger-no');
      await page.check('#reporter-child');
      await page.check('#concern-sextortion');
      await Promise.all([page.waitForEvent('load'), page.click('#continue')]);
      await page.fill('#text', WORDS);
      await Promise.all([page.waitForEvent('load'), page.click('button[value="check"]')]);
      assert.ok(await page.$('.error-summary'), 'an error summary');
      assert.equal(await page.inputValue('#text'), WORDS, 'the words are kept');
      await h.screenshot(page, `tell-errors-${width}`);
      await axeClean(page, `tell-errors at ${width}`);
    } finally {
      await context.close();
    }
  });
}

test('no request left Signpost, no answer in a URL, no cookie, nothing cacheable', async () => {
  assert.deepEqual(await h.trafficProblems(), []);
});
