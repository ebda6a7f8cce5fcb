// Story: a volunteer logs in with the code from the mail on a phone.
'use strict';

const assert = require('node:assert/strict');
const { describe, test, before, after } = require('node:test');
const { launchBrowser } = require('./support/browser');
const { startServer, latestMail, checkAccessibility, expectHeading, newPhonePage } = require('./support/server');

// The page must fit the phone: no sideways scrolling.
async function assertFitsScreen(page, label) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  assert.ok(scrollWidth <= innerWidth, `${label} scrolls sideways: ${scrollWidth} > ${innerWidth}`);
}

describe('a volunteer logs in on a phone', () => {
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

  test('a volunteer logs in with the code from the mail on a phone', async () => {
    const page = await newPhonePage(browser);
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    const address = `vrijwilliger-${Date.now()}@example.nl`;
    const name = 'Anna de Vries';

    // The home page, with a way to log in.
    await page.goto(`${server.baseUrl}/`);
    await checkAccessibility(page, 'the home page');
    await assertFitsScreen(page, 'the home page');

    await menu.getByRole('link', { name: 'Inloggen' }).click();
    await expectHeading(page, 'Inloggen');
    await checkAccessibility(page, 'the login page');
    await assertFitsScreen(page, 'the login page');

    // Asks for a code by e-mail.
    await page.getByLabel('Je e-mailadres').fill(address);
    await page.getByRole('button', { name: 'Stuur mij een code' }).click();
    await expectHeading(page, 'Vul je code in');
    assert.match(await page.locator('main').innerText(), new RegExp(address.replace(/[.]/g, '\\.')));
    await checkAccessibility(page, 'the code page');
    await assertFitsScreen(page, 'the code page');

    // Reads the code in the mail.
    const mail = await latestMail(server.dataDir, (m) => m.to.includes(address));
    assert.ok(mail.subject.length > 0, 'the login mail has a subject');
    const found = /^\s*(\d{3}\s?\d{3})\s*$/m.exec(mail.text);
    assert.ok(found, `no 6-digit code in the mail:\n${mail.text}`);
    const code = found[1];

    // Types it and lands logged in, on the welcome page that asks for a name.
    await page.getByLabel('Code (6 cijfers)').fill(code);
    await page.getByRole('main').getByRole('button', { name: 'Inloggen' }).click();
    await expectHeading(page, 'Welkom!');
    await checkAccessibility(page, 'the welcome page');
    await assertFitsScreen(page, 'the welcome page');
    assert.equal(await menu.getByRole('link', { name: 'Inloggen' }).count(), 0);

    await page.getByLabel('Je naam').fill(name);
    await page.getByRole('button', { name: 'Bewaren' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/account/welkom'));

    // Sees the name on the account page.
    await menu.getByRole('link', { name: 'Mijn account' }).click();
    await expectHeading(page, 'Mijn account');
    assert.equal(await page.getByLabel(/^Naam/).inputValue(), name);
    assert.match(await page.locator('main').innerText(), new RegExp(address.replace(/[.]/g, '\\.')));
    await checkAccessibility(page, 'the account page');
    await assertFitsScreen(page, 'the account page');

    // Logs out: the menu offers "Inloggen" again.
    await menu.getByRole('button', { name: 'Uitloggen' }).click();
    await menu.getByRole('link', { name: 'Inloggen' }).waitFor();
    assert.equal(await menu.getByRole('link', { name: 'Mijn account' }).count(), 0);
    await checkAccessibility(page, 'the page after logging out');

    await page.context().close();
  });
});
