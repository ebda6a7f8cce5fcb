// Story: a new user, on a phone, logs in with the code from the mail, puts their initiative on the
// platform with a photo, sees the profile, copies its link to share it, and finds it in the
// directory. Every page passes axe.
'use strict';

const assert = require('node:assert/strict');
const path = require('node:path');
const { describe, test, before, after } = require('node:test');
const { launchBrowser } = require('./support/browser');
const { logInWithMailedCode } = require('./support/login');
const { startServer, checkAccessibility, expectHeading, newPhonePage } = require('./support/server');

const PHOTO = path.join(__dirname, 'fixtures', 'photo.jpg');

// The page must fit the phone: no sideways scrolling.
async function assertFitsScreen(page, label) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  assert.ok(scrollWidth <= innerWidth, `${label} scrolls sideways: ${scrollWidth} > ${innerWidth}`);
}

describe('a new user creates a profile on a phone', () => {
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

  test('a new user creates a profile with a photo and shares it', async () => {
    const page = await newPhonePage(browser);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.baseUrl });
    const address = `buurtmoestuin-${Date.now()}@example.nl`;
    const name = 'Buurtmoestuin De Wortel';
    const sentence = 'Elke zaterdag tuinieren we samen en delen we de oogst met de buurt.';

    // Logs in with the code from the mail, and gives a name on the welcome page.
    await logInWithMailedCode(page, server, address);
    await expectHeading(page, 'Welkom!');
    await page.getByLabel('Je naam').fill('Fatima Bakker');
    await page.getByRole('button', { name: 'Bewaren' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/account/welkom'));

    // The form: five questions, the contact address already filled in.
    await page.goto(`${server.baseUrl}/initiatieven/nieuw`);
    await expectHeading(page, 'Zet je initiatief erop');
    await checkAccessibility(page, 'the empty profile form');
    await assertFitsScreen(page, 'the profile form');
    assert.equal(await page.getByLabel('E-mailadres voor contact').inputValue(), address);

    await page.getByLabel('Naam van je initiatief').fill(name);
    await page.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Zeist' });
    await page.getByLabel('Groen en natuur').check();
    // A photo from the phone's gallery, under "Meer vertellen".
    await page.getByText('Meer vertellen (mag ook later)').click();
    await page.getByLabel('Logo of foto').setInputFiles(PHOTO);

    // Forgets the sentence: a message by the field, and the photo need not be picked again.
    await page.getByRole('button', { name: 'Zet het erop' }).click();
    await expectHeading(page, 'Zet je initiatief erop');
    await page.locator('#foutmeldingen').waitFor();
    assert.match(await page.locator('#foutmeldingen').innerText(), /Vertel in één zin wat jullie doen/);
    assert.equal(await page.getByLabel('Naam van je initiatief').inputValue(), name);
    await page.getByRole('img', { name: 'De nieuwe foto' }).waitFor();
    await checkAccessibility(page, 'the profile form with a mistake');
    await assertFitsScreen(page, 'the profile form with a mistake');

    await page.getByLabel('Wat doen jullie? In één zin').fill(sentence);
    await page.getByRole('button', { name: 'Zet het erop' }).click();

    // The new profile, with its photo.
    await expectHeading(page, name);
    assert.match(new URL(page.url()).pathname, /^\/initiatieven\/buurtmoestuin-de-wortel$/);
    const main = page.locator('main');
    assert.match(await main.innerText(), /Je initiatief staat erop/);
    assert.match(await main.innerText(), new RegExp(sentence));
    const photo = page.getByRole('img', { name });
    await photo.waitFor();
    const loaded = await photo.evaluate((img) => img.complete && img.naturalWidth > 0);
    assert.ok(loaded, 'the photo shows');
    assert.match(await photo.getAttribute('src'), /^\/fotos\/[0-9a-f]{32}-1200\.jpg$/);
    assert.match(await main.innerText(), /Met een foto wordt je initiatief vaker bekeken|Je profiel is voor \d+% compleet/);
    await checkAccessibility(page, 'the new profile');
    await assertFitsScreen(page, 'the new profile');

    // Shares it: plain links, and a copy button that JavaScript brings out.
    const share = page.getByRole('region', { name: 'Delen' });
    assert.match(await share.getByRole('link', { name: 'Via WhatsApp' }).getAttribute('href'), /^https:\/\/wa\.me\/\?text=/);
    assert.match(await share.getByRole('link', { name: 'Via e-mail' }).getAttribute('href'), /^mailto:\?subject=/);
    await share.getByRole('button', { name: 'Link kopiëren' }).click();
    await page.getByRole('status').filter({ hasText: 'Link gekopieerd' }).waitFor({ state: 'attached' });
    const profileUrl = `${server.baseUrl}/initiatieven/buurtmoestuin-de-wortel`;
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), profileUrl);

    // The printable version with a QR code.
    await share.getByRole('link', { name: 'Afdrukken met QR-code' }).click();
    await expectHeading(page, name);
    await page.getByRole('img', { name: `QR-code naar het profiel van ${name}` }).waitFor();
    await checkAccessibility(page, 'the printable profile');

    // Anyone finds it in the directory.
    await page.goto(`${server.baseUrl}/initiatieven`);
    await page.getByRole('link', { name }).first().waitFor();
    await checkAccessibility(page, 'the directory');
    await assertFitsScreen(page, 'the directory');

    await page.context().close();
  });
});
