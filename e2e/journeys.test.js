// A person's way through Signpost, by keyboard only and by mouse, for every concern, at a
// phone width (375) and a desktop width (1280); the error path; the back button.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { Harness, CONCERNS } = require('./harness');

const h = new Harness();
before(async () => { await h.start(); });
after(async () => { await h.stop(); });

const DANGER = ['yes', 'no', 'not-sure'];
const REPORTER = ['child', 'adult'];

// One journey per concern for each way of getting about; country by what a keyboard user
// types into the closed select (null: keep the country preselected from Accept-Language).
// "Where did it happen?" is optional: `platform` is the id chosen (by typing `platformTyped`
// into the closed select with the keyboard), or null to skip it.
const CASES = [
  { concern: 'abuse-imagery', reporter: 'adult', danger: 'no', country: 'GB', typed: null, platform: 'discord', platformTyped: 'Discord' },
  { concern: 'grooming', reporter: 'child', danger: 'yes', country: 'IE', typed: 'Ireland', platform: 'roblox', platformTyped: 'Roblox' },
  { concern: 'sextortion', reporter: 'child', danger: 'no', country: 'US', typed: 'United States of', platform: 'snapchat', platformTyped: 'Snapchat' },
  { concern: 'image-shared', reporter: 'adult', danger: 'yes', country: 'AU', typed: 'Australia', platform: null },
  { concern: 'child-abuse', reporter: 'adult', danger: 'not-sure', country: 'DE', typed: 'Germany', platform: 'not-online', platformTyped: 'Not' },
  { concern: 'adult-behaviour', reporter: 'adult', danger: 'no', country: 'CA', typed: 'Canada', platform: null },
  { concern: 'own-thoughts', reporter: 'child', danger: 'no', country: 'NZ', typed: 'New Zealand', platform: null },
  { concern: 'not-sure', reporter: 'child', danger: 'yes', country: 'IN', typed: 'India', platform: 'rather-not-say', platformTyped: "I'd" },
];
// The concerns the platform step is added to when a platform is named (config/rules.toml).
const PLATFORM_STEP = new Set(['abuse-imagery', 'grooming', 'sextortion', 'image-shared', 'adult-behaviour', 'not-sure']);
const FIXED_PLACES = new Set(['website', 'elsewhere-online', 'not-online', 'rather-not-say']);
assert.deepEqual(CASES.map((c) => c.concern).sort(), [...CONCERNS].sort(), 'every concern is covered');

/** Presses Tab until the focused element matches `selector` (at most `limit` presses). */
async function tabTo(page, selector, limit = 30) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement && document.activeElement.matches(s), selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Where the focused element is, and whether the sticky header hides all of it (WCAG 2.4.11). */
async function focusObscured(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (document.querySelector('.header').contains(el)) return null;
    const box = el.getBoundingClientRect();
    const header = document.querySelector('.header').getBoundingClientRect();
    const name = el.id ? `#${el.id}` : el.tagName.toLowerCase() + (el.getAttribute('href') ? `[href="${el.getAttribute('href')}"]` : '');
    return box.top >= header.top && box.bottom <= header.bottom ? `${name} (top ${Math.round(box.top)}, bottom ${Math.round(box.bottom)}) is hidden under the header (bottom ${Math.round(header.bottom)})` : null;
  });
}

async function focusedId(page) { return page.evaluate(() => document.activeElement && document.activeElement.id); }

/** From the radio group's entry point (Tab lands on its first radio), choose option `index`. */
async function chooseRadioByKeyboard(page, name, index) {
  const first = await focusedId(page);
  assert.equal(await page.evaluate(() => document.activeElement.name), name, `Tab reached the ${name} radios (at ${first})`);
  if (index === 0) await page.keyboard.press('Space');
  for (let i = 0; i < index; i += 1) await page.keyboard.press('ArrowDown');
}

/** Waits for the POST /questions answer that `action` triggers and for the page to load. */
// The server-side checks, as browsers without form validation get them.
async function serverChecksOnly(page) {
  await page.$eval('form[action="/questions"]', (form) => { form.noValidate = true; });
}

async function submit(page, action) {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/questions'),
    page.waitForEvent('load'),
    action(),
  ]);
  return response;
}

async function keyboardJourney(page, c) {
  await page.goto(h.url('/'));
  await tabTo(page, 'a.button--start');
  await Promise.all([page.waitForURL((u) => u.pathname === '/questions'), page.keyboard.press('Enter')]);
  await tabTo(page, '#country');
  if (c.typed) await page.keyboard.type(c.typed);
  assert.equal(await page.$eval('#country', (s) => s.value), c.country, `keyboard chose ${c.country}`);
  await page.keyboard.press('Tab');
  await chooseRadioByKeyboard(page, 'danger', DANGER.indexOf(c.danger));
  await page.keyboard.press('Tab');
  await chooseRadioByKeyboard(page, 'reporter', REPORTER.indexOf(c.reporter));
  await page.keyboard.press('Tab');
  await chooseRadioByKeyboard(page, 'concern', CONCERNS.indexOf(c.concern));
  await page.keyboard.press('Tab');
  assert.equal(await focusedId(page), 'platform', 'Tab after the concern reaches "Where did it happen?"');
  if (c.platform) await page.keyboard.type(c.platformTyped);
  assert.equal(await page.$eval('#platform', (s) => s.value), c.platform || '', `keyboard chose ${c.platform || 'to skip'}`);
  await page.keyboard.press('Tab');
  assert.equal(await focusedId(page), 'continue', 'Tab after the last question reaches Continue');
  return submit(page, () => page.keyboard.press('Enter'));
}

async function mouseJourney(page, c) {
  await page.goto(h.url('/'));
  await Promise.all([page.waitForURL((u) => u.pathname === '/questions'), page.click('a.button--start')]);
  await page.selectOption('#country', c.country);
  await page.click(`label[for="danger-${c.danger}"]`);
  await page.click(`label[for="reporter-${c.reporter}"]`);
  await page.click(`#concern-${c.concern}`);
  if (c.platform) await page.selectOption('#platform', c.platform);
  return submit(page, () => page.click('#continue'));
}

async function assertPlan(page, response, c) {
  assert.equal(response.status(), 200, 'the plan is answered with 200');
  assert.equal(page.url(), h.url('/questions'), 'the URL stays /questions');
  const roles = await page.$$eval('ol.plan > li.plan__step', (steps) => steps.map((s) => s.dataset.role));
  assert.ok(roles.length > 0, 'the plan has steps');
  if (c.danger === 'no') {
    assert.ok(!roles.includes('emergency'), `no emergency step without danger (roles: ${roles})`);
  } else {
    assert.equal(roles[0], 'emergency', `the emergency step comes first with danger=${c.danger} (roles: ${roles})`);
    assert.ok(await page.$('ol.plan > li.plan__step:first-child a[href^="tel:"]'), 'the emergency step has a call link');
  }
  const named = c.platform && !FIXED_PLACES.has(c.platform);
  if (named && PLATFORM_STEP.has(c.concern)) {
    assert.equal(roles.filter((r) => r === 'platform').length, 1, `one platform step (roles: ${roles})`);
    const at = roles.indexOf('platform');
    const lastFirst = Math.max(...['emergency', 'police', 'csam-hotline', 'grooming-report', 'image-removal'].map((r) => roles.lastIndexOf(r)));
    assert.ok(at > 0 && at > lastFirst, `the platform step comes after the emergency number, hotline and police (roles: ${roles})`);
    const step = await page.$('li.plan__step[data-role="platform"]');
    assert.match(await step.textContent(), /Report it on .+ too/, 'the step names the platform');
    const report = await step.$('a.service__link');
    assert.equal(await report.getAttribute('target'), '_blank', 'the report page opens in a new tab');
  } else {
    assert.ok(!roles.includes('platform'), `no platform step for ${c.concern} / ${c.platform} (roles: ${roles})`);
  }
  assert.ok(await page.$('section.advice'), 'advice section');
  assert.ok(await page.$('details.why'), 'why-these-steps details');
  // Links that leave Signpost open in a new tab and pass on neither the referrer nor window.opener.
  const external = await page.$$eval('main a[href^="http"]', (links) =>
    links.map((a) => ({ href: a.href, rel: a.getAttribute('rel') || '', target: a.getAttribute('target') })));
  for (const link of external) {
    if (new URL(link.href).origin === h.origin) continue;
    assert.equal(link.target, '_blank', `${link.href} opens in a new tab`);
    assert.deepEqual(link.rel.split(/\s+/).sort(), ['noopener', 'noreferrer'], `${link.href} rel`);
  }
  const heading = await page.textContent('h1');
  if (c.reporter === 'child') assert.match(heading, /not in trouble/i, 'the child plan speaks to a child');
  else assert.match(heading, /report it and get help/i);
}

CASES.forEach((c, i) => {
  for (const mode of ['keyboard', 'mouse']) {
    // Alternate the widths so that each way of getting about runs at both.
    const width = (i % 2 === 0) === (mode === 'keyboard') ? 375 : 1280;
    test(`${mode} at ${width}: ${c.concern}, ${c.reporter}, danger ${c.danger}, ${c.country}`, async () => {
      const { context, page } = await h.newPage({ width, label: `${mode} ${c.concern}` });
      try {
        const response = mode === 'keyboard' ? await keyboardJourney(page, c) : await mouseJourney(page, c);
        await assertPlan(page, response, c);
      } finally {
        await context.close();
      }
    });
  }
});

for (const width of [375, 1280]) {
  test(`error path at ${width}: empty, then partial, then complete`, async () => {
    const { context, page } = await h.newPage({ width, label: `errors ${width}` });
    try {
      await page.goto(h.url('/questions'));
      await page.selectOption('#country', '');
      await serverChecksOnly(page);
      let response = await submit(page, () => page.click('#continue'));
      assert.equal(response.status(), 422);
      assert.match(await page.title(), /^Error:/, 'the title says there is an error');
      const summary = await page.$('.error-summary');
      assert.ok(summary, 'error summary shown');
      assert.ok(await page.evaluate(() => document.activeElement.matches('.error-summary')), 'the error summary has focus');
      const hrefs = await page.$$eval('.error-summary a', (links) => links.map((a) => a.getAttribute('href')));
      assert.deepEqual(hrefs, ['#country', '#danger-yes', '#reporter-child', '#concern-abuse-imagery']);
      // Each link moves focus to its field: by keyboard (Tab from the summary, Enter) and by mouse.
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.getAttribute('href')), '#country');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement.id === 'country');
      assert.equal(await focusObscured(page), null, 'the field the error link moved to is visible');
      for (const href of hrefs.slice(1)) {
        await page.click(`.error-summary a[href="${href}"]`);
        await page.waitForFunction((id) => document.activeElement.id === id, href.slice(1));
        assert.equal(await focusObscured(page), null, `the field ${href} is visible`);
      }
      // Every field with an error says so, and is described by its message.
      for (const id of ['country', 'danger', 'reporter', 'concern']) {
        assert.ok(await page.$(`#${id}-error`), `#${id}-error shown`);
      }
      // A partial answer: country and danger kept, two errors left.
      await page.selectOption('#country', 'IE');
      await page.click('label[for="danger-no"]');
      await serverChecksOnly(page);
      response = await submit(page, () => page.click('#continue'));
      assert.equal(response.status(), 422);
      assert.deepEqual(await page.$$eval('.error-summary a', (links) => links.map((a) => a.getAttribute('href'))),
        ['#reporter-child', '#concern-abuse-imagery']);
      assert.equal(await page.$eval('#country', (s) => s.value), 'IE', 'country kept');
      assert.ok(await page.isChecked('#danger-no'), 'danger answer kept');
      await page.click('label[for="reporter-adult"]');
      await serverChecksOnly(page);
      response = await submit(page, () => page.click('#continue'));
      assert.equal(response.status(), 422);
      assert.ok(await page.isChecked('#reporter-adult'), 'reporter answer kept');
      assert.ok(await page.isChecked('#danger-no'), 'danger answer still kept');
      await page.click('label[for="concern-grooming"]');
      response = await submit(page, () => page.click('#continue'));
      await assertPlan(page, response, { concern: 'grooming', reporter: 'adult', danger: 'no', country: 'IE' });
    } finally {
      await context.close();
    }
  });
}

for (const width of [375, 1280]) {
  test(`back from the plan returns to the questions form at ${width}`, async () => {
    const { context, page } = await h.newPage({ width, label: `back ${width}` });
    try {
      const c = { concern: 'sextortion', reporter: 'child', danger: 'yes', country: 'GB' };
      const response = await mouseJourney(page, c);
      await assertPlan(page, response, c);
      const back = await page.goBack({ waitUntil: 'load' });
      assert.equal(new URL(page.url()).pathname, '/questions', 'back on the questions (with ?lang=, no answers)');
      if (back) assert.equal(back.status(), 200, 'going back loads the form again');
      assert.ok(await page.$('form[action="/questions"] #country'), 'the questions form is shown');
      assert.equal(await page.$('.error-summary'), null, 'no error summary');
      assert.match(await page.title(), /^Tell us what is happening/);
    } finally {
      await context.close();
    }
  });
}

for (const width of [375, 1280]) {
  test(`Shift+Tab back through the form at ${width}: stays on Signpost, focus never under the header`, async () => {
    const { context, page } = await h.newPage({ width, label: `shift-tab ${width}` });
    try {
      await page.goto(h.url('/questions'));
      await page.focus('#continue');
      let left = null;
      page.on('request', (r) => { if (r.isNavigationRequest() && !left) left = r.url(); });
      const seen = [];
      for (let i = 0; i < 8; i += 1) {
        await page.keyboard.press('Shift+Tab');
        await page.waitForTimeout(50);
        // Moving backwards with Shift+Tab is not the three-Shift quick exit.
        assert.equal(left, null, `Shift+Tab #${i + 1} navigated away (to ${left})`);
        seen.push(await focusedId(page));
        assert.equal(await focusObscured(page), null, `focus after Shift+Tab #${i + 1}`);
      }
      assert.ok(seen.includes('country'), `Shift+Tab reached the country field (${seen})`);
    } finally {
      await context.close();
    }
  });
}

// Back must never meet a resubmitted form. The browser checks every question is answered
// before it sends the form (the questions carry `required`), so no error page enters the
// history: it holds GET /questions and then the plan, and Back from the plan is the form.
test('an incomplete form is caught before it is sent, and back from the plan returns to the form', async () => {
  const { context, page } = await h.newPage({ width: 375, label: 'back after an incomplete form' });
  try {
    await page.goto(h.url('/questions'));
    let posted = 0;
    page.on('request', (request) => { if (request.method() === 'POST') posted += 1; });
    await page.selectOption('#country', '');
    await page.click('#continue');
    await page.waitForTimeout(300);
    assert.equal(posted, 0, 'nothing was sent');
    assert.equal(await page.$eval('#country', (el) => el.validity.valid), false, 'the browser says what is missing');
    await page.selectOption('#country', 'GB');
    await page.click('#continue');
    await page.waitForTimeout(300);
    assert.equal(posted, 0, 'still nothing sent while a question is unanswered');
    await page.check('#danger-no');
    await page.check('#reporter-adult');
    await page.check('#concern-grooming');
    const response = await submit(page, () => page.click('#continue'));
    await assertPlan(page, response, { concern: 'grooming', reporter: 'adult', danger: 'no', country: 'GB' });
    await page.goBack({ waitUntil: 'load' });
    assert.ok(await page.$('form[action="/questions"] #country'), 'the questions form is shown');
  } finally {
    await context.close();
  }
});

test('no request left Signpost, no answer in a URL, no cookie, nothing cacheable', async () => {
  assert.ok(h.requestCount() > 50, 'traffic was recorded');
  assert.deepEqual(await h.trafficProblems(), []);
});
