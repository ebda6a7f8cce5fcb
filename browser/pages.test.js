// Story: a visitor reads the plain pages on a small phone (360 px) and with a screen reader.
'use strict';

const assert = require('node:assert/strict');
const { describe, test, before, after } = require('node:test');
const { launchBrowser, newContext } = require('./support/browser');
const { startServer, checkAccessibility } = require('./support/server');

describe('the plain pages', () => {
  let server;
  let browser;
  let context;

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    // 360 px is the narrowest common phone; the page must never scroll sideways on it.
    context = await newContext(browser, { viewport: { width: 360, height: 740 } });
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  const PAGES = [
    { path: '/', label: 'the home page', status: 200 },
    { path: '/over', label: 'the about page', status: 200, h1: /^Over / },
    { path: '/privacy', label: 'the privacy statement', status: 200, h1: /^Privacyverklaring$/ },
    { path: '/toegankelijkheid', label: 'the accessibility statement', status: 200, h1: /^Toegankelijkheidsverklaring$/ },
    { path: '/contact', label: 'the contact page', status: 200, h1: /^Contact$/ },
    { path: '/deze-pagina-bestaat-niet', label: 'a page that does not exist', status: 404 },
  ];

  for (const { path, label, status, h1 } of PAGES) {
    test(`${label} (${path}) has one heading, no accessibility problems and fits 360 px`, { timeout: 60000 }, async () => {
      const page = await context.newPage();
      try {
        const response = await page.goto(`${server.baseUrl}${path}`);
        assert.equal(response.status(), status);

        const headings = await page.locator('h1').allInnerTexts();
        assert.equal(headings.length, 1, `expected one h1, found: ${JSON.stringify(headings)}`);
        if (h1) assert.match(headings[0].trim(), h1);
        assert.ok((await page.title()).length > 0, 'the page has a title');

        await checkAccessibility(page, label);

        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(scrollWidth <= 360, `${label} scrolls sideways at 360 px: scrollWidth ${scrollWidth}`);
      } finally {
        await page.close();
      }
    });
  }

  test('the home page search form sends the words to /zoeken', { timeout: 60000 }, async () => {
    const page = await context.newPage();
    try {
      await page.goto(`${server.baseUrl}/`);
      const search = page.getByRole('search', { name: 'Zoek op de startpagina' });
      await search.getByLabel('Wat zoek je?').fill('repair café');
      await search.getByRole('button', { name: 'Zoeken' }).click();
      // The visitor lands on the results page for those words.
      await page.waitForURL((url) => url.pathname === '/zoeken');
      assert.equal(new URL(page.url()).searchParams.get('q'), 'repair café');
      assert.equal(await page.locator('h1').count(), 1);
    } finally {
      await page.close();
    }
  });
});
