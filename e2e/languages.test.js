// Speaking the person's language in a real browser: the browser's language is used unless the
// person picks another from the list on every page; the choice then carries through the
// questions, the errors, the plan, changing language on the plan (the answers go again in the
// POST body, never in an address), and the "Also tell" form. Right-to-left languages are laid
// out right to left: the start and plan pages are photographed in target/e2e/rtl-*.png.
// Every script the catalogs use is drawn with a real font, not empty boxes: Chromium's own
// account of the fonts it used (DevTools CSS.getPlatformFontsForNode) names the Noto font for
// Devanagari, Bengali, Arabic script, CJK and Thai (target/e2e/script-*.png). Once a country
// is chosen, its languages lead the list and one click gives the plan in them.
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
  const { context, page } = await h.newPage({ locale: 'fi-FI', label: 'languages: fi' });
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

// The font that draws each script on a stock Debian Chromium with the packages .ci/run installs.
const SCRIPTS = [
  { tag: 'hi', font: /Noto Sans Devanagari/ },
  { tag: 'bn', font: /Noto Sans Bengali/ },
  { tag: 'ur', font: /Noto (Sans Arabic|Naskh Arabic|Nastaliq Urdu)/ },
  { tag: 'ar', font: /Noto (Sans|Naskh) Arabic/ },
  { tag: 'zh-Hans', font: /Noto Sans CJK/ },
  { tag: 'ja', font: /Noto Sans CJK/ },
  { tag: 'ko', font: /Noto Sans CJK/ },
  { tag: 'th', font: /Noto (Sans|Serif|Looped) Thai/, sample: 'ช่วยเหลือเด็ก' },
];

async function fontsFor(page, selector) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts;
}

for (const { tag, font, sample } of SCRIPTS) {
  const shipped = LOCALES.includes(tag);
  if (!shipped && !sample) continue;
  test(`${tag} text is drawn with a real font (${font})`, async () => {
    const { context, page } = await h.newPage({ width: 375, label: `languages: font ${tag}` });
    try {
      await page.goto(h.url(`/?lang=${shipped ? tag : 'en-GB'}`));
      let selector = 'main h1';
      if (!shipped) {
        // No catalog in this script yet: put a line of it on the page, under the page's CSS.
        await page.evaluate(([t, text]) => {
          const p = document.createElement('p');
          p.id = 'script-sample';
          p.lang = t;
          p.textContent = text;
          document.querySelector('main').prepend(p);
        }, [tag, sample]);
        selector = '#script-sample';
      }
      const fonts = await fontsFor(page, selector);
      const used = fonts.map((f) => `${f.familyName} (${f.glyphCount})`).join(', ');
      assert.ok(fonts.some((f) => font.test(f.familyName) && f.glyphCount > 0),
        `${tag}: ${selector} is drawn with ${used}`);
      await h.screenshot(page, `script-${tag}-375`);
    } finally {
      await context.close();
    }
  });
}

test('once India is chosen, Hindi and English lead the list, and one click gives the plan in Hindi', async () => {
  const { context, page } = await h.newPage({ width: 375, locale: 'en-GB', label: 'languages: country first' });
  try {
    await page.goto(h.url('/questions?lang=en-GB'));
    await page.selectOption('#country', 'IN');
    await page.check('#danger-no');
    await page.check('#reporter-child');
    await page.check('#concern-sextortion');
    await Promise.all([page.waitForEvent('load'), page.click('#continue')]);
    const own = await page.$$eval('nav.languages .languages__list--own [lang]', (els) => els.map((e) => e.getAttribute('lang')));
    assert.deepEqual(own.slice(0, 2), ['hi', 'en-GB']);
    await pickLanguage(page, 'hi');
    assert.ok(await page.$('ol.plan'), 'the same plan, in Hindi');
    await h.screenshot(page, 'country-languages-in-hi-375');
  } finally {
    await context.close();
  }
});

test('no request left Signpost, no answer in a URL, no cookie, nothing cacheable', async () => {
  assert.ok(h.requestCount() > 0, 'traffic was recorded');
  assert.deepEqual(await h.trafficProblems(), []);
});
