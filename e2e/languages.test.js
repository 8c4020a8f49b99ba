// Speaking the person's language in a real browser: the browser's language is used unless the
// person picks another from the list on every page; the choice then carries through the
// questions, the errors, the plan, changing language on the plan (the answers go again in the
// POST body, never in an address), and the "Also tell" form. Right-to-left languages are laid
// out right to left: the start and plan pages are photographed in target/e2e/rtl-*.png.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { Harness, LOCALES } = require('./harness');

const h = new Harness();
before(async () => { await h.start(); });
after(async () => { await h.stop(); });

const OTHERS = LOCALES.filter((l) => l !== 'en-GB');
const RTL = LOCALES.filter((l) => ['ar', 'fa', 'he', 'ur'].includes(l.split('-')[0]));

const lang = (page) => page.getAttribute('html', 'lang');

async function pickLanguage(page, tag) {
  // A link on pages without answers, a button (re-sending the answers) on those with them.
  const choice = await page.$(`nav.languages a[hreflang="${tag}"], nav.languages button[value="${tag}"]`);
  assert.ok(choice, `the language list offers ${tag}`);
  await Promise.all([page.waitForEvent('load'), choice.click()]);
  assert.equal(await lang(page), tag, `the page is now in ${tag}`);
}

test('the browser language is used, and British English when it is not offered', async () => {
  const { context, page } = await h.newPage({ locale: 'ja-JP', label: 'languages: ja' });
  try {
    await page.goto(h.url('/'));
    assert.equal(await lang(page), 'en-GB');
    if (OTHERS.length > 0) {
      const other = await h.newPage({ locale: OTHERS[0], label: `languages: ${OTHERS[0]}` });
      try {
        await other.page.goto(h.url('/'));
        assert.equal(await lang(other.page), OTHERS[0], 'Accept-Language picks it');
      } finally {
        await other.context.close();
      }
    }
  } finally {
    await context.close();
  }
});

for (const tag of OTHERS.slice(0, 3)) {
  test(`choosing ${tag} on the start page carries through the whole flow`, async () => {
    const { context, page } = await h.newPage({ locale: 'en-GB', label: `languages: flow ${tag}` });
    try {
      await page.goto(h.url('/'));
      assert.equal(await lang(page), 'en-GB');
      await pickLanguage(page, tag);
      const start = await page.textContent('a.button--start');
      await Promise.all([page.waitForEvent('load'), page.click('a.button--start')]);
      assert.equal(await lang(page), tag, 'the questions are in the chosen language');
      assert.notEqual(start.trim(), '', 'the start button has words');

      // Missing answers: the errors are in the chosen language too.
      await page.selectOption('#country', 'FR');
      await page.$eval('form[action="/questions"]', (form) => { form.noValidate = true; });
      await Promise.all([page.waitForEvent('load'), page.click('#continue')]);
      assert.equal(await lang(page), tag, 'the error page keeps the language');
      assert.ok(await page.$('.error-summary'));

      await page.check('#danger-no');
      await page.check('#reporter-adult');
      await page.check('#concern-grooming');
      await Promise.all([page.waitForEvent('load'), page.click('#continue')]);
      assert.ok(await page.$('ol.plan'), 'a plan');
      assert.equal(await lang(page), tag, 'the plan is in the chosen language');

      // Change language on the plan: the same plan, in English, without any answer in a URL.
      await pickLanguage(page, 'en-GB');
      assert.ok(await page.$('li[data-role="grooming-report"], li[data-role="police"]'), 'the same plan');
      await pickLanguage(page, tag);

      // The "Also tell" form and its check page stay in the language.
      await page.fill('#text', 'Il envoie des messages à mon fils.');
      await page.check('#contact-anonymous');
      await page.check('#consent');
      await Promise.all([page.waitForEvent('load'), page.click('button[value="check"]')]);
      assert.equal(await lang(page), tag, 'the check page keeps the language');
      await pickLanguage(page, 'en-GB');
      assert.equal(await page.inputValue('#text'), 'Il envoie des messages à mon fils.', 'the words are kept');
    } finally {
      await context.close();
    }
  });
}

for (const tag of RTL) {
  for (const width of [375, 1280]) {
    test(`${tag} is laid out right to left at ${width}`, async () => {
      const { context, page } = await h.newPage({ width, locale: tag, label: `languages: rtl ${tag} ${width}` });
      try {
        await page.goto(h.url(`/?lang=${tag}`));
        assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
        // The text starts at the right: the heading's right edge is at the main column's.
        const edges = await page.evaluate(() => {
          const main = document.querySelector('main').getBoundingClientRect();
          const h1 = document.querySelector('main h1');
          const range = document.createRange();
          range.selectNodeContents(h1);
          const text = range.getBoundingClientRect();
          return { mainRight: main.right, textRight: text.right, textLeft: text.left, mainLeft: main.left };
        });
        assert.ok(edges.mainRight - edges.textRight < edges.textLeft - edges.mainLeft + 1,
          `the heading hugs the right edge (${JSON.stringify(edges)})`);
        await h.screenshot(page, `rtl-${tag}-start-${width}`);

        await page.goto(h.url(`/questions?lang=${tag}`));
        await page.selectOption('#country', 'EG');
        await page.check('#danger-no');
        await page.check('#reporter-child');
        await page.check('#concern-sextortion');
        await Promise.all([page.waitForEvent('load'), page.click('#continue')]);
        assert.ok(await page.$('ol.plan'));
        assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
        await h.screenshot(page, `rtl-${tag}-plan-${width}`);
      } finally {
        await context.close();
      }
    });
  }
}

test('no request left Signpost, no answer in a URL, no cookie, nothing cacheable', async () => {
  assert.ok(h.requestCount() > 0, 'traffic was recorded');
  assert.deepEqual(await h.trafficProblems(), []);
});
