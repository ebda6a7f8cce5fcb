// Story: a volunteer on the narrowest phone (360×740) opens the list of initiatives and the agenda.
// The first initiative and the first event show on the first screen, with the long filter form
// folded away above them (as on /zoeken). Opening the filters (by tap or keyboard), ticking the
// theme "Voedsel" and applying shows the narrowed list with the filters open, so it is clear what
// narrows it. On a wide screen the filters sit beside the list. Every page passes axe.
'use strict';

const assert = require('node:assert/strict');
const { describe, test, before, after } = require('node:test');
const { launchBrowser, newContext } = require('./support/browser');
const { startServer, runCommand, checkAccessibility, expectHeading, newPhonePage } = require('./support/server');

const PHONE = { width: 360, height: 740 };

// The page must fit the phone: no sideways scrolling.
async function assertFitsScreen(page, label) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  assert.ok(scrollWidth <= innerWidth, `${label} scrolls sideways: ${scrollWidth} > ${innerWidth}`);
}

// The first result's link starts on the first screen, without scrolling.
async function assertOnFirstScreen(link, label) {
  const box = await link.boundingBox();
  assert.ok(box && box.y >= 0 && box.y < PHONE.height, `${label} is below the fold: ${JSON.stringify(box)}`);
}

// The <details> fold of the filter form that holds the group of checkboxes called `legend`.
function foldWith(page, legend) {
  return page.getByRole('form', { name: 'Filters' }).locator('details')
    .filter({ has: page.locator('legend', { hasText: new RegExp(`^${legend}$`) }) });
}

const isOpen = (fold) => fold.evaluate((details) => details.open);

describe('someone browses initiatives on a phone', () => {
  let server;
  let browser;

  before(async () => {
    server = await startServer({ env: { OMZIEN_PDOK_URL: 'http://127.0.0.1:9' } });
    // The made-up demo content: initiatives in every theme and a few upcoming events.
    runCommand(server, ['demo']);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('the list of initiatives shows first; the filters are one tap away and open while in use', async () => {
    const page = await newPhonePage(browser, { viewport: PHONE });
    await page.goto(`${server.baseUrl}/initiatieven`);
    await expectHeading(page, 'Initiatieven');
    const main = page.locator('main');
    const first = main.locator('.omzien-cards > li').first().getByRole('link');
    await assertOnFirstScreen(first, 'the first initiative');
    const filters = foldWith(page, 'Thema');
    const food = page.getByRole('checkbox', { name: /^Voedsel \(\d+\)$/ });
    assert.equal(await isOpen(filters), false, 'the filters are folded while none is in use');
    assert.equal(await food.isVisible(), false);
    assert.equal(await isOpen(foldWith(page, 'In de buurt')), false, '"In de buurt" is folded while not in use');
    await checkAccessibility(page, '/initiatieven on a 360 px phone');
    await assertFitsScreen(page, '/initiatieven');

    // One tap opens the filters; no JavaScript needed for that.
    await page.getByText('Volgorde en filters: thema, voor wie, gemeente, fase').click();
    assert.equal(await food.isVisible(), true);
    const expected = Number(/\((\d+)\)$/.exec(await page.locator('label[for="thema-voedsel"]').innerText())[1]);
    await food.check();
    await filters.getByRole('button', { name: 'Filters toepassen' }).last().click();
    await page.waitForURL((url) => url.searchParams.get('thema') === 'voedsel');
    await expectHeading(page, 'Initiatieven');

    // The filters stay open, so it is clear what narrows the list; the list has only food initiatives.
    assert.equal(await isOpen(foldWith(page, 'Thema')), true, 'open while a filter is in use');
    assert.equal(await food.isChecked(), true);
    assert.equal(await main.getByRole('link', { name: 'Alle filters wissen' }).isVisible(), true);
    const count = expected === 1 ? '1 initiatief' : `${expected} initiatieven`;
    assert.equal(await main.getByRole('heading', { level: 2 }).first().innerText(), count);
    const cards = main.locator('.omzien-cards > li');
    assert.equal(await cards.count(), Math.min(expected, 20));
    for (const tags of await cards.getByRole('list', { name: "Thema's" }).allInnerTexts())
      assert.match(tags, /Voedsel/);
    await checkAccessibility(page, '/initiatieven?thema=voedsel on a 360 px phone');
    await assertFitsScreen(page, '/initiatieven with a filter');
    await page.context().close();
  });

  test('the agenda shows first; the filters open with the keyboard and stay open while in use', async () => {
    const page = await newPhonePage(browser, { viewport: PHONE });
    await page.goto(`${server.baseUrl}/bijeenkomsten`);
    await expectHeading(page, 'Bijeenkomsten');
    const main = page.locator('main');
    const first = main.locator('.omzien-agenda__list > li').first().getByRole('link');
    await assertOnFirstScreen(first, 'the first event');
    const filters = foldWith(page, 'Thema');
    const food = page.getByRole('checkbox', { name: /^Voedsel \(\d+\)$/ });
    assert.equal(await isOpen(filters), false, 'the filters are folded while none is in use');
    assert.equal(await food.isVisible(), false);
    await checkAccessibility(page, 'the agenda on a 360 px phone');
    await assertFitsScreen(page, 'the agenda');

    // The fold's summary takes the keyboard focus and opens with Enter.
    const summary = page.getByRole('form', { name: 'Filters' }).locator('summary');
    assert.equal(await summary.innerText(), 'Filters');
    await summary.focus();
    await page.keyboard.press('Enter');
    assert.equal(await isOpen(filters), true);
    await food.check();
    await filters.getByRole('button', { name: 'Filters toepassen' }).last().click();
    await page.waitForURL((url) => url.searchParams.get('thema') === 'voedsel');
    await expectHeading(page, 'Bijeenkomsten');

    assert.equal(await isOpen(foldWith(page, 'Thema')), true, 'open while a filter is in use');
    assert.equal(await food.isChecked(), true);
    assert.equal(await page.getByRole('form', { name: 'Filters' }).locator('summary').innerText(), 'Filters (1 gekozen)');
    assert.equal(await main.getByRole('heading', { level: 2 }).first().innerText(), '1 bijeenkomst');
    const titles = await main.locator('.omzien-agenda__list > li').getByRole('heading').allInnerTexts();
    assert.deepEqual(titles, ['Themabijeenkomst voedsel: van overschot naar buurtmaaltijd']);
    await checkAccessibility(page, 'the agenda filtered on a theme on a 360 px phone');
    await assertFitsScreen(page, 'the agenda with a filter');
    await page.context().close();
  });

  test('on a wide screen the filters sit beside the list', async () => {
    const context = await newContext(browser, { viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    for (const [path, heading] of [['/initiatieven', 'Initiatieven'], ['/bijeenkomsten', 'Bijeenkomsten']]) {
      await page.goto(`${server.baseUrl}${path}`);
      await expectHeading(page, heading);
      const form = await page.getByRole('form', { name: 'Filters' }).boundingBox();
      const results = await page.locator('main .omzien-results').boundingBox();
      assert.ok(form.x + form.width <= results.x, `${path}: the filters are not beside the list`);
      assert.ok(Math.abs(form.y - results.y) < 2, `${path}: the filters and the list start at different heights`);
      await checkAccessibility(page, `${path} on a wide screen`);
    }
    await context.close();
  });
});
