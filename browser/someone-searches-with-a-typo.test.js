// Story: a visitor on a phone (390×844) types "voedselbnak" in the search box at the top of the
// page, is shown what was meant and lands on the food bank's profile. With JavaScript the results
// on /zoeken change while typing, the address bar follows, and the new count is announced through
// a live region. /zoeken passes axe with and without results. On the narrowest phone (360 px) the
// first result shows without scrolling past a second search box or the folded "In de buurt" part.
'use strict';

const assert = require('node:assert/strict');
const { describe, test, before, after } = require('node:test');
const { launchBrowser } = require('./support/browser');
const { logInWithMailedCode } = require('./support/login');
const { startServer, checkAccessibility, expectHeading, newPhonePage } = require('./support/server');

const PROFILES = [
  { name: 'Voedselbank Zeist', theme: 'Armoede en schulden',
    sentence: 'Elke week een gratis voedselpakket voor gezinnen die krap zitten.' },
  { name: 'Taalcafé De Brug', theme: 'Taal en integratie',
    sentence: 'Nieuwkomers oefenen hier Nederlands bij een kop koffie.' },
  { name: 'Repair Café Zeist', theme: 'Duurzaamheid en energie',
    sentence: 'Samen kapotte spullen repareren in plaats van weggooien.' },
];

// The page must fit the phone: no sideways scrolling.
async function assertFitsScreen(page, label) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  assert.ok(scrollWidth <= innerWidth, `${label} scrolls sideways: ${scrollWidth} > ${innerWidth}`);
}

describe('someone searches with a typo', () => {
  let server;
  let browser;

  before(async () => {
    server = await startServer({ env: { OMZIEN_PDOK_URL: 'http://127.0.0.1:9' } });
    browser = await launchBrowser();
    // A coordinator puts three initiatives on the platform through the form.
    const page = await newPhonePage(browser);
    await logInWithMailedCode(page, server, `coordinator-${Date.now()}@example.nl`);
    for (const profile of PROFILES) {
      await page.goto(`${server.baseUrl}/initiatieven/nieuw`);
      await expectHeading(page, 'Zet je initiatief erop');
      await page.getByLabel('Naam van je initiatief').fill(profile.name);
      await page.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Zeist' });
      await page.getByLabel(profile.theme).check();
      await page.getByLabel('Wat doen jullie? In één zin').fill(profile.sentence);
      await page.getByRole('button', { name: 'Zet het erop' }).click();
      await expectHeading(page, profile.name);
    }
    await page.context().close();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('a typo in the header search box still leads to the food bank', async () => {
    const page = await newPhonePage(browser);
    await page.goto(`${server.baseUrl}/`);
    const box = page.getByRole('searchbox', { name: 'Zoek initiatieven' });
    await box.fill('voedselbnak');
    await box.press('Enter');
    await expectHeading(page, 'Zoeken naar “voedselbnak”');
    assert.equal(new URL(page.url()).pathname, '/zoeken');

    // The page says what it understood, with a link to search for that instead.
    const main = page.locator('main');
    const hint = main.locator('.omzien-suggestion');
    await hint.waitFor();
    assert.match(await hint.innerText(), /^(Bedoelde je|We zochten ook naar) voedselbank\?$/);
    assert.match(await hint.getByRole('link', { name: 'voedselbank' }).getAttribute('href'), /^\/zoeken\?q=voedselbank/);
    await checkAccessibility(page, 'the results of a search with a typo');
    await assertFitsScreen(page, 'the results page');

    // The food bank is the first result (after following the hint, when the page only hinted).
    const first = main.locator('.omzien-search-results > li').first().getByRole('link');
    if (await main.locator('.omzien-search-results > li').count() === 0) {
      await hint.getByRole('link', { name: 'voedselbank' }).click();
      await expectHeading(page, 'Zoeken naar “voedselbank”');
    }
    assert.equal(await first.innerText(), 'Voedselbank Zeist');
    await first.click();
    await expectHeading(page, 'Voedselbank Zeist');
    assert.equal(new URL(page.url()).pathname, '/initiatieven/voedselbank-zeist');
    await page.context().close();
  });

  test('with JavaScript the results follow the typing and the count is announced', async () => {
    const page = await newPhonePage(browser);
    await page.goto(`${server.baseUrl}/zoeken?q=voedselbank`);
    await expectHeading(page, 'Zoeken naar “voedselbank”');
    // A mark that a page load would wipe out: typing must not load a new page.
    await page.evaluate(() => { window.stillTheSamePage = true; });

    const field = page.getByRole('searchbox', { name: 'Wat zoek je?' });
    await field.fill('');
    await field.pressSequentially('taalcafe', { delay: 40 });
    const results = page.locator('#zoekresultaten');
    await results.getByRole('link', { name: 'Taalcafé De Brug' }).waitFor();
    assert.equal(await results.getByRole('link', { name: 'Voedselbank Zeist' }).count(), 0);
    assert.equal(await results.getByRole('heading', { level: 2 }).first().innerText(), '1 initiatief gevonden');
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('q') === 'taalcafe');
    const status = page.getByRole('status').filter({ hasText: '1 initiatief gevonden' });
    await status.waitFor({ state: 'attached' });
    assert.equal(await status.getAttribute('aria-live'), 'polite');
    assert.equal(await page.evaluate(() => window.stillTheSamePage), true, 'no page load while typing');

    // A word that finds nothing: a way out instead of a dead end, announced as well.
    await field.fill('');
    await field.pressSequentially('xqzw', { delay: 40 });
    await page.getByRole('status').filter({ hasText: '0 initiatieven gevonden' }).waitFor({ state: 'attached' });
    await results.getByRole('link', { name: 'Stel je vraag aan het netwerk' }).waitFor();
    await checkAccessibility(page, '/zoeken after typing a query without results');
    await page.context().close();
  });

  test('on a 360 px phone the first result shows without scrolling, near me folded until used', async () => {
    const page = await newPhonePage(browser, { viewport: { width: 360, height: 740 } });
    await page.goto(`${server.baseUrl}/zoeken?q=taalcafe`);
    await expectHeading(page, 'Zoeken naar “taalcafe”');
    assert.equal(await page.getByRole('searchbox').filter({ visible: true }).count(), 1, 'one search box on the page');
    const first = page.locator('.omzien-search-results > li').first().getByRole('link');
    assert.equal(await first.innerText(), 'Taalcafé De Brug');
    const box = await first.boundingBox();
    assert.ok(box && box.y + box.height <= 740, `the first result is below the fold: ${JSON.stringify(box)}`);
    const where = page.getByLabel('Plaats, wijk of postcode');
    assert.equal(await where.isVisible(), false, '"In de buurt" is folded while not in use');
    await checkAccessibility(page, '/zoeken on a 360 px phone');
    await assertFitsScreen(page, 'the results page at 360 px');

    // Without JavaScript a plain <details> opens it; once in use it stays open.
    await page.getByText('In de buurt zoeken').click();
    await where.fill('Zeist');
    await where.press('Enter');
    await expectHeading(page, 'Zoeken naar “taalcafe”');
    assert.equal(await page.getByLabel('Plaats, wijk of postcode').isVisible(), true, 'open while in use');
    assert.equal(await page.getByLabel('Plaats, wijk of postcode').inputValue(), 'Zeist');
    await checkAccessibility(page, '/zoeken near Zeist on a 360 px phone');
    await page.context().close();
  });
});
