// Story: a LinkingPin puts a neighbourhood session in the agenda from their phone; a visitor
// without an account finds it in the agenda on a phone (390×844), registers with name and e-mail
// and opens the personal link from the confirmation mail; on the day the organiser checks them in
// on the phone (360 px wide) and adds someone who walked in, and prints the sign-up sheet and the
// flyer, whose short link leads back to the event. The agenda, the event, the form, the check-in
// page, the sheet and the flyer pass axe.
'use strict';

const assert = require('node:assert/strict');
const { describe, test, before, after } = require('node:test');
const { launchBrowser } = require('./support/browser');
const { logInWithMailedCode } = require('./support/login');
const {
  startServer, runCommand, checkAccessibility, expectHeading, latestMail, mailFiles, newPhonePage,
} = require('./support/server');

const TITLE = 'Buurtsessie Zeist: samen sterker';

// The page must fit the phone: no sideways scrolling.
async function assertFitsScreen(page, label) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  assert.ok(scrollWidth <= innerWidth, `${label} scrolls sideways: ${scrollWidth} > ${innerWidth}`);
}

// "2026-12-08": a date `days` ahead, as a date input wants it.
function dateIn(days) {
  const day = new Date(Date.now() + days * 86400 * 1000);
  return day.toISOString().slice(0, 10);
}

describe('someone registers for an event', () => {
  let server;
  let browser;

  before(async () => {
    // A PDOK address nobody answers on: no test reaches the internet (the page shows the
    // address without a map).
    server = await startServer({ env: { OMZIEN_PDOK_URL: 'http://127.0.0.1:9' } });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('a visitor without an account registers and the organiser checks them in', async () => {
    const organiserAddress = `linkingpin-${Date.now()}@example.nl`;
    runCommand(server, ['admin', 'linkingpin', organiserAddress]);

    // The LinkingPin makes the session on their phone, a small one (360 px wide).
    const organiser = await newPhonePage(browser, { viewport: { width: 360, height: 740 } });
    await logInWithMailedCode(organiser, server, organiserAddress);
    await organiser.goto(`${server.baseUrl}/bijeenkomsten/nieuw`);
    await expectHeading(organiser, 'Nieuwe bijeenkomst');
    await checkAccessibility(organiser, 'the empty event form');
    await assertFitsScreen(organiser, 'the event form');

    await organiser.getByLabel('Titel').fill(TITLE);
    await organiser.getByLabel('Wat gaan jullie doen?').fill('We maken kennis en kijken samen wie wat doet in de buurt.');
    await organiser.getByLabel('Datum', { exact: true }).fill(dateIn(7));
    await organiser.getByLabel('Begintijd').fill('19:30');
    // A mistake first: the end before the start.
    await organiser.getByLabel('Eindtijd').fill('18:00');
    await organiser.getByLabel('Naam van de plek').fill('Buurthuis De Linde');
    await organiser.getByLabel('Adres (straat en huisnummer)').fill('Slotlaan 1');
    await organiser.getByLabel('Plaats', { exact: true }).fill('Zeist');
    await organiser.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Zeist' });
    await organiser.getByLabel('Aantal plaatsen (leeg: geen grens)').fill('12');
    await organiser.getByRole('button', { name: 'Zet in de agenda' }).click();
    await expectHeading(organiser, 'Nieuwe bijeenkomst');
    await organiser.locator('#foutmeldingen').waitFor();
    assert.match(await organiser.locator('#foutmeldingen').innerText(), /De eindtijd ligt voor de begintijd/);
    assert.equal(await organiser.getByLabel('Titel').inputValue(), TITLE, 'what was typed stays');
    await checkAccessibility(organiser, 'the event form with a mistake');
    await organiser.getByLabel('Eindtijd').fill('21:30');
    await organiser.getByRole('button', { name: 'Zet in de agenda' }).click();
    await expectHeading(organiser, TITLE);
    const eventPath = new URL(organiser.url()).pathname;
    assert.equal(eventPath, '/bijeenkomsten/buurtsessie-zeist-samen-sterker');
    assert.match(await organiser.locator('main').innerText(), /De bijeenkomst staat in de agenda/);

    // A visitor without an account finds it in the agenda on their phone.
    const visitor = await newPhonePage(browser);
    await visitor.goto(`${server.baseUrl}/bijeenkomsten`);
    await expectHeading(visitor, 'Bijeenkomsten');
    await checkAccessibility(visitor, 'the agenda');
    await assertFitsScreen(visitor, 'the agenda');
    await visitor.getByRole('link', { name: TITLE }).click();
    await expectHeading(visitor, TITLE);
    await checkAccessibility(visitor, 'the event page');
    await assertFitsScreen(visitor, 'the event page');
    assert.match(await visitor.locator('main').innerText(), /Nog 12 plaatsen vrij/);

    // Registers with name and e-mail only.
    const visitorAddress = `anna-${Date.now()}@example.nl`;
    const mailBefore = await mailFiles(server.dataDir);
    await visitor.getByLabel('Je naam').fill('Anna de Vries');
    await visitor.getByLabel('Je e-mailadres').fill(visitorAddress);
    await visitor.getByRole('button', { name: 'Aanmelden' }).click();
    await expectHeading(visitor, TITLE);
    await visitor.getByRole('status').filter({ hasText: 'Je bent aangemeld' }).waitFor();
    await checkAccessibility(visitor, 'the event page after registering');

    // The confirmation mail carries the personal link; opening it only shows the registration.
    const mail = await latestMail(server.dataDir,
      (m) => m.to.includes(visitorAddress) && !mailBefore.includes(m.file) && m.subject.startsWith('Je bent aangemeld'));
    assert.match(mail.text, /bijeenkomst\.ics/);
    const link = /(http:\/\/127\.0\.0\.1:\d+\/aanmelding\?t=[0-9a-f]+)/.exec(mail.text);
    assert.ok(link, `a personal link in the mail:\n${mail.text}`);
    await visitor.goto(link[1]);
    await expectHeading(visitor, TITLE);
    assert.match(await visitor.locator('main').innerText(), /Anna de Vries, je bent aangemeld\./);
    await checkAccessibility(visitor, 'the personal registration page');
    await assertFitsScreen(visitor, 'the personal registration page');

    // On the day: the organiser checks Anna in on the phone (the script answers without reloading).
    await organiser.goto(`${server.baseUrl}${eventPath}/inchecken`);
    await expectHeading(organiser, 'Inchecken');
    await checkAccessibility(organiser, 'the check-in page');
    await assertFitsScreen(organiser, 'the check-in page');
    const count = organiser.locator('[data-checkin-count]');
    assert.match(await count.innerText(), /0 van de 1 aanwezig/);
    const row = organiser.locator('.omzien-checkin__person', { hasText: 'Anna de Vries' });
    await row.getByRole('button', { name: /Is er/ }).click();
    await organiser.waitForFunction(() => /1 van de 1 aanwezig/.test(document.querySelector('[data-checkin-count]').textContent));
    assert.match(await row.getAttribute('class'), /omzien-checkin__person--present/);
    await row.getByRole('button', { name: /Aanwezig/ }).waitFor();
    await checkAccessibility(organiser, 'the check-in page with someone present');

    // Someone walks in and agrees to get mail about this session.
    await organiser.getByLabel('Naam', { exact: true }).fill('Cor Inloper');
    await organiser.getByLabel('E-mailadres (mag leeg)').fill(`cor-${Date.now()}@example.nl`);
    await organiser.getByLabel(/wil mails over deze bijeenkomst krijgen/).check();
    await organiser.getByRole('button', { name: 'Toevoegen als aanwezig' }).click();
    await expectHeading(organiser, 'Inchecken');
    await organiser.getByRole('status').filter({ hasText: 'Cor Inloper is toegevoegd' }).waitFor();
    assert.match(await organiser.locator('[data-checkin-count]').innerText(), /2 van de 2 aanwezig/);
    await checkAccessibility(organiser, 'the check-in page after a walk-in');

    // The sign-up sheet for the table at the door: names without addresses, and it fits the phone.
    await organiser.goto(`${server.baseUrl}${eventPath}/intekenlijst`);
    await expectHeading(organiser, `Intekenlijst: ${TITLE}`);
    assert.match(await organiser.locator('main').innerText(), /Anna de Vries/);
    assert.doesNotMatch(await organiser.locator('main').innerText(), new RegExp(visitorAddress));
    await checkAccessibility(organiser, 'the sign-up sheet');
    await assertFitsScreen(organiser, 'the sign-up sheet');

    // The printable flyer has the QR code and the short link.
    await organiser.goto(`${server.baseUrl}${eventPath}/flyer`);
    await organiser.getByRole('img', { name: `QR-code naar de bijeenkomst ${TITLE}` }).waitFor();
    assert.match(await organiser.locator('main').innerText(), /\/b\/[2-9a-z]{6}/);
    await checkAccessibility(organiser, 'the flyer');
    await assertFitsScreen(organiser, 'the flyer');
    // The short link leads to the event page.
    const shortLink = /\/b\/[2-9a-z]{6}/.exec(await organiser.locator('main').innerText())[0];
    await organiser.goto(`${server.baseUrl}${shortLink}`);
    await expectHeading(organiser, TITLE);

    await organiser.context().close();
    await visitor.context().close();
  });
});
