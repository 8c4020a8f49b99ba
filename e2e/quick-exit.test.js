// "Leave this site": with JavaScript it replaces Signpost's page in the history (so Back
// does not return to it), three presses of Shift do the same, and without JavaScript it is
// still a plain link to the exit page.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { Harness, WIDTHS } = require('./harness');

const h = new Harness();
before(async () => { await h.start(); });
after(async () => { await h.stop(); });

/** A page whose history is: a neutral page elsewhere, then Signpost's `path`. */
async function openAfterNeutralPage(options, path) {
  const { context, page } = await h.newPage({ ...options, exitAllowed: true });
  await page.goto(`${h.exitOrigin}/before`);
  await page.goto(h.url(path));
  assert.ok(await page.$('a#quick-exit'), 'the quick exit link is on the page');
  assert.equal(await page.getAttribute('a#quick-exit', 'href'), h.exitUrl);
  return { context, page };
}

async function assertOnExitPage(page) {
  await page.waitForURL(h.exitUrl);
  assert.equal(await page.textContent('h1'), 'Weather');
}

for (const width of WIDTHS) {
  for (const path of ['/', '/questions', '/staying-safe']) {
    test(`click at ${width} on ${path}: exit page, and Back does not return to Signpost`, async () => {
      const { context, page } = await openAfterNeutralPage({ width, label: `exit click ${width} ${path}` }, path);
      try {
        const lengthBefore = await page.evaluate(() => history.length);
        await page.click('a#quick-exit');
        await assertOnExitPage(page);
        assert.equal(await page.evaluate(() => history.length), lengthBefore, 'the exit replaced the entry, it did not add one');
        await Promise.all([page.waitForEvent('load'), page.evaluate(() => { setTimeout(() => history.back(), 0); })]);
        assert.equal(page.url(), `${h.exitOrigin}/before`, 'Back skips the Signpost page');
        assert.notEqual(new URL(page.url()).origin, h.origin);
      } finally {
        await context.close();
      }
    });
  }

  test(`Shift three times at ${width}: exit page, and Back does not return to Signpost`, async () => {
    const { context, page } = await openAfterNeutralPage({ width, label: `exit shift ${width}` }, '/');
    try {
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift');
      assert.equal(page.url(), h.url('/'), 'two presses do not leave');
      await page.keyboard.press('Shift');
      await assertOnExitPage(page);
      await Promise.all([page.waitForEvent('load'), page.evaluate(() => { setTimeout(() => history.back(), 0); })]);
      assert.equal(page.url(), `${h.exitOrigin}/before`, 'Back skips the Signpost page');
    } finally {
      await context.close();
    }
  });

  test(`Shift three times at ${width} on the plan: Back does not show the plan or the answers`, async () => {
    const { context, page } = await h.newPage({ width, label: `exit shift plan ${width}`, exitAllowed: true });
    try {
      await page.goto(h.url('/questions'));
      await page.selectOption('#country', 'IE');
      await page.check('#danger-no');
      await page.check('#reporter-child');
      await page.check('#concern-sextortion');
      await Promise.all([page.waitForEvent('load'), page.click('#continue')]);
      assert.ok(await page.$('ol.plan'));
      for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
      await assertOnExitPage(page);
      // Only the plan's entry is replaced; the entry before it is the empty questions form.
      await Promise.all([page.waitForEvent('load'), page.evaluate(() => { setTimeout(() => history.back(), 0); })]);
      assert.equal(await page.$('ol.plan'), null, 'Back does not show the plan');
      assert.ok(await page.$('form #country'), 'Back shows the questions form');
      assert.deepEqual(await page.$$eval('input[type=radio]:checked', (r) => r.map((i) => i.id)), [], 'no answer is restored');
      assert.notEqual(await page.$eval('#country', (s) => s.value), 'IE', 'the chosen country is not restored');
    } finally {
      await context.close();
    }
  });

  test(`Shift presses more than 2 s apart at ${width} do not leave`, async () => {
    const { context, page } = await h.newPage({ width, label: `exit slow shift ${width}` });
    try {
      await page.goto(h.url('/'));
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift');
      await page.waitForTimeout(2300);
      await page.keyboard.press('Shift');
      await page.waitForTimeout(300);
      assert.equal(page.url(), h.url('/'));
    } finally {
      await context.close();
    }
  });

  test(`without JavaScript at ${width} the link still goes to the exit page`, async () => {
    const { context, page } = await openAfterNeutralPage({ width, javaScriptEnabled: false, label: `exit nojs ${width}` }, '/questions');
    try {
      await page.click('a#quick-exit');
      await assertOnExitPage(page);
    } finally {
      await context.close();
    }
  });
}

test('no request left Signpost except the deliberate exits, no answer in a URL, no cookie', async () => {
  assert.ok(h.requestCount() > 20, 'traffic was recorded');
  assert.deepEqual(await h.trafficProblems(), []);
});
