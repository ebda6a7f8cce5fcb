// Story: staff read the address list in from the command line and give two contacts to a
// LinkingPin. The LinkingPin works the call list on a small phone (360 px wide): sees only her
// own two, calls the first (a tel: link), gets the voicemail and puts them back on the list for
// tomorrow in two taps, reaches the second, who wants to join, and sends the invitation with the
// personal link while still on the phone. A contact that is not hers stays closed to her. Every
// page passes axe and none scrolls sideways.
'use strict';

const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { describe, test, before, after } = require('node:test');
const { launchBrowser, newContext } = require('./support/browser');
const { startServer, runCommand, checkAccessibility, expectHeading, latestMail, newPhonePage } =
  require('./support/server');
const { logInWithMailedCode, logInAsStaff } = require('./support/login');

const STAFF = 'medewerker@example.nl';
const PIN = 'linkingpin@example.nl';
// Excel in Dutch settings: semicolons.
const LIST = [
  'Naam initiatief;Contactpersoon;E-mail;Telefoon;Gemeente;Opmerkingen',
  'Repair Café Zeist;Jan de Vries;jan@repair.example;06-12345678;Zeist;Kent ons al',
  'Taalhuis Overvecht;Fatima Amrani;fatima@taalhuis.example;+31 30 123 4567;Utrecht;',
  'Kookclub De Pan;Ria Verhoef;ria@depan.example;0031 6 87654321;Houten;',
].join('\r\n');

async function fitsThePhone(page, what) {
  const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
  assert.equal(fits, true, `${what} scrolls sideways at 360 px`);
}

describe('a LinkingPin works their call list on a phone', () => {
  let server;
  let browser;

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'omzien-calls-')), 'adressen.csv');
    fs.writeFileSync(file, LIST);
    runCommand(server, ['import', 'contacts', file]);
    // She has logged in once, so staff can find her; then staff make her a LinkingPin.
    const first = await newPhonePage(browser);
    await logInWithMailedCode(first, server, PIN);
    await first.context().close();
    runCommand(server, ['admin', 'linkingpin', PIN]);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('she calls her own contacts, records what happened and invites while on the phone', async () => {
    // Staff give Jan and Fatima to the LinkingPin.
    const context = await newContext(browser, { viewport: { width: 1280, height: 900 } });
    const desk = await context.newPage();
    await logInAsStaff(desk, server, STAFF);
    await desk.goto(`${server.baseUrl}/beheer/adresbestand`);
    await expectHeading(desk, 'Adresbestand');
    await desk.getByLabel('Kies Repair Café Zeist').check();
    await desk.getByLabel('Kies Taalhuis Overvecht').check();
    await desk.getByLabel('Geef de gekozen contacten aan').selectOption({ label: PIN });
    await desk.getByRole('button', { name: 'Toewijzen' }).click();
    await expectHeading(desk, 'Adresbestand');
    await checkAccessibility(desk, 'the address file after assigning');
    const ria = await desk.getByRole('link', { name: 'Kookclub De Pan' }).getAttribute('href');
    await context.close();

    // The LinkingPin, on a small phone.
    const phone = await newPhonePage(browser, { viewport: { width: 360, height: 740 } });
    const main = phone.locator('main');
    await logInWithMailedCode(phone, server, PIN);
    await phone.goto(`${server.baseUrl}/bellen`);
    await expectHeading(phone, 'Bellijst');
    assert.match(await main.innerText(), /2 om te bellen/);
    assert.doesNotMatch(await main.innerText(), /Kookclub De Pan/, 'only her own contacts');
    await checkAccessibility(phone, 'the call list on a phone');
    await fitsThePhone(phone, 'the call list');

    // The first: a tel: link to tap, then voicemail and "call back tomorrow" in two taps.
    await phone.getByRole('link', { name: /^Open / }).click();
    const first = (await phone.locator('h1').innerText()).trim();
    const bel = phone.getByRole('link', { name: /^Bel / });
    assert.match(await bel.getAttribute('href'), /^tel:\+31\d{9}$/);
    await checkAccessibility(phone, 'a call card on a phone');
    await fitsThePhone(phone, 'the call card');
    const tomorrow = new Date(Date.now() + 36 * 3600 * 1000).toISOString().slice(0, 10);
    await phone.getByLabel('Terugbellen op (mag leeg)').fill(tomorrow);
    await phone.getByRole('button', { name: 'Voicemail' }).click();
    assert.match(await main.innerText(), /Bewaard: Voicemail\. Dit is de volgende\./);

    // The second is reached and wants to join: she sends the personal link right away.
    const second = (await phone.locator('h1').innerText()).trim();
    assert.notEqual(second, first);
    await phone.getByRole('button', { name: 'Bereikt: wil meedoen' }).click();
    assert.match(await main.innerText(), /Bewaard: Bereikt/);
    await phone.goto(`${server.baseUrl}/bellen`);
    assert.match(await main.innerText(), /Er staat niemand op de lijst om nu te bellen\. Later terugbellen: 1\./);
    await checkAccessibility(phone, 'an empty call list with one to call back');
    await phone.goto(`${server.baseUrl}/beheer/adresbestand`);
    await phone.getByRole('link', { name: second }).click();
    await expectHeading(phone, second);
    const address = second === 'Repair Café Zeist' ? 'jan@repair.example' : 'fatima@taalhuis.example';
    const id = new URL(phone.url()).pathname.split('/').pop();
    await phone.goto(`${server.baseUrl}/bellen/${id}`);
    await phone.getByRole('button', { name: 'Stuur de uitnodiging met persoonlijke link' }).click();
    assert.match(await main.innerText(), /De uitnodiging is verstuurd\./);
    const invitation = await latestMail(server.dataDir, (m) => m.to.includes(address));
    assert.match(invitation.text, /\/meedoen\?t=/);
    assert.match(invitation.text, /\/afmelden\?t=/);
    await fitsThePhone(phone, 'the call card after mailing');

    // History on the card: what happened, by whom.
    assert.match(await main.innerText(), /Bereikt, Wil meedoen|Bereikt, wil meedoen/i);

    // Ria is not hers.
    const closed = await phone.goto(`${server.baseUrl}${ria}`);
    assert.equal(closed.status(), 403);
    await phone.context().close();
  });
});
