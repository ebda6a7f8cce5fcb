// Stories: keyboard users skip to the content; after a mistake the error summary gets focus; a
// visitor shares or copies a link. omzien.js only enhances: without JavaScript nothing breaks.
'use strict';

const assert = require('node:assert/strict');
const { describe, test, before, after } = require('node:test');
const { launchBrowser, newContext } = require('./support/browser');
const { startServer, checkAccessibility, expectHeading } = require('./support/server');

describe('small enhancements by omzien.js', () => {
  let server;
  let browser;

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  // Markup a feature would render: a share block with a copy button that waits for JavaScript.
  const SHARE_BLOCK =
    '<div class="omzien-share" data-share data-share-url="https://omzien.example/initiatieven/repair-cafe-zeist"' +
    ' data-share-title="Repair Café Zeist">' +
    '<button type="button" class="utrecht-button utrecht-button--secondary-action" data-copy-link hidden>Kopieer link</button>' +
    '</div>';

  // Serves /contact with SHARE_BLOCK added to the end of <main>.
  async function withShareBlock(page) {
    await page.route(`${server.baseUrl}/contact`, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace('</main>', `${SHARE_BLOCK}</main>`);
      await route.fulfill({ response, body });
    });
  }

  test('a keyboard user sees the skip link first and jumps to the content', async () => {
    const context = await newContext(browser, { viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/over`);
    const skip = page.getByRole('link', { name: 'Naar de inhoud' });
    const hidden = await skip.boundingBox();
    assert.ok(!hidden || hidden.y + hidden.height <= 0, 'the skip link is out of sight until focused');

    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), 'Naar de inhoud');
    const shown = await skip.boundingBox();
    assert.ok(shown && shown.y >= 0 && shown.height >= 44, `the focused skip link is visible: ${JSON.stringify(shown)}`);

    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'inhoud');
    await context.close();
  });

  test('after a mistake in a form, the error summary gets focus', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/inloggen`);
    await page.getByRole('button', { name: 'Stuur mij een code' }).click();
    await expectHeading(page, 'Inloggen');
    await page.locator('#foutmeldingen').waitFor();
    await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'foutmeldingen');
    await checkAccessibility(page, 'the login page with an error');

    // Its link puts the cursor in the field.
    await page.locator('#foutmeldingen a').first().click();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'email');
    await context.close();
  });

  test('a visitor copies a link and hears "Link gekopieerd"', async () => {
    const context = await newContext(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.baseUrl });
    const page = await context.newPage();
    await withShareBlock(page);
    await page.goto(`${server.baseUrl}/contact`);

    const copy = page.getByRole('button', { name: 'Kopieer link' });
    await copy.click();
    await page.getByRole('status').filter({ hasText: 'Link gekopieerd' }).waitFor({ state: 'attached' });
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()),
      'https://omzien.example/initiatieven/repair-cafe-zeist');
    await checkAccessibility(page, 'a page with share buttons');
    await context.close();
  });

  test('on a device with a share sheet, a "Delen" button opens it', async () => {
    const context = await newContext(browser);
    // Desktop Chromium on Linux has no share sheet; stand in for a phone's.
    await context.addInitScript(() => {
      navigator.share = (data) => {
        window.sharedWith = data;
        return Promise.resolve();
      };
    });
    const page = await context.newPage();
    await withShareBlock(page);
    await page.goto(`${server.baseUrl}/contact`);
    await page.getByRole('button', { name: 'Delen' }).click();
    assert.deepEqual(await page.evaluate(() => window.sharedWith), {
      title: 'Repair Café Zeist',
      url: 'https://omzien.example/initiatieven/repair-cafe-zeist',
    });
    await context.close();
  });

  test('without JavaScript the pages still work and show no dead buttons', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await withShareBlock(page);
    await page.goto(`${server.baseUrl}/contact`);
    assert.equal(await page.getByRole('button', { name: 'Kopieer link' }).count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Delen' }).count(), 0);

    await page.goto(`${server.baseUrl}/inloggen`);
    await page.getByRole('button', { name: 'Stuur mij een code' }).click();
    await expectHeading(page, 'Inloggen');
    await page.locator('#foutmeldingen').waitFor();
    await context.close();
  });
});
