// Story: a staff member writes a short needs survey (behoeftepeiling) with a choice, a scale and
// an open question, fixes a mistake, sees the mail and sends a test to herself, sends it to the
// initiatives of one municipality, and an initiative answers on a phone through the personal link
// without logging in, then changes its answer. The staff member sees the result as a chart and a
// table, reminds the initiative that did not answer, closes the survey (after ticking the box),
// and the link then says it is closed. Every page passes axe.
'use strict';

const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { describe, test, before, after } = require('node:test');
const { launchBrowser, newContext } = require('./support/browser');
const { startServer, runCommand, checkAccessibility, expectHeading, latestMail, newPhonePage } =
  require('./support/server');
const { logInAsStaff } = require('./support/login');

const STAFF = 'medewerker@example.nl';
const INITIATIVES = [
  { id: 'S001', name: 'Repair Café Zeist', summary: 'Samen spullen repareren.', description: 'Elke maand repareren we samen.',
    themes: ['duurzaamheid-energie'], target_groups: [], municipality: 'Zeist', place: 'Zeist', lat: 52.09, lon: 5.23,
    phase: 'gevestigd', founded: 2015, email: 'info@repair-zeist.example' },
  { id: 'S002', name: 'Taalcafé Zeist', summary: 'Samen Nederlands oefenen.', description: 'Elke week praten we samen.',
    themes: ['taal-integratie'], target_groups: [], municipality: 'Zeist', place: 'Zeist', lat: 52.09, lon: 5.24,
    phase: 'gevestigd', founded: 2018, email: 'hallo@taalcafe-zeist.example' },
  { id: 'S003', name: 'Voedselbank Houten', summary: 'Eten voor wie het nodig heeft.', description: 'Wij delen pakketten uit.',
    themes: ['voedsel'], target_groups: [], municipality: 'Houten', place: 'Houten', lat: 52.03, lon: 5.17,
    phase: 'gevestigd', founded: 2010, email: 'info@voedselbank-houten.example' },
];

describe('staff run a needs survey', () => {
  let server;
  let browser;

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'omzien-survey-')), 'initiatieven.json');
    fs.writeFileSync(file, JSON.stringify(INITIATIVES));
    runCommand(server, ['import', 'initiatives', file]);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('compose, send, answer on a phone, change, see results, close', async () => {
    const context = await newContext(browser, { viewport: { width: 1280, height: 900 } });
    const desk = await context.newPage();
    const main = desk.locator('main');
    await logInAsStaff(desk, server, STAFF);

    await desk.goto(`${server.baseUrl}/beheer`);
    await desk.getByRole('link', { name: 'Peilingen' }).click();
    await expectHeading(desk, 'Peilingen');
    await checkAccessibility(desk, 'the list of surveys');
    await desk.getByRole('link', { name: 'Nieuwe peiling' }).click();
    await expectHeading(desk, 'Nieuwe peiling');
    await desk.getByRole('button', { name: 'Opslaan' }).click();
    await desk.locator('#foutmeldingen').waitFor();
    await checkAccessibility(desk, 'the survey form with a mistake');
    await desk.getByLabel('Titel').fill('Wat hebben jullie nodig?');
    await desk.getByLabel(/^Inleiding/).fill('We willen weten waar we kunnen helpen.');
    await desk.getByRole('button', { name: 'Opslaan' }).click();
    await expectHeading(desk, 'Wat hebben jullie nodig?');
    await checkAccessibility(desk, 'an empty draft');

    // A choice question with one answer only: a message, and what was typed stays.
    await desk.getByLabel('Meerkeuze, meer antwoorden mogelijk').check();
    await desk.getByLabel('De vraag').fill('Waar kunnen we bij helpen?');
    await desk.getByLabel(/^Antwoorden/).fill('Vrijwilligers vinden');
    await desk.getByRole('button', { name: 'Vraag toevoegen' }).click();
    await desk.locator('#foutmeldingen').waitFor();
    assert.match(await main.innerText(), /Schrijf minstens twee antwoorden op/);
    assert.equal(await desk.getByLabel('De vraag').inputValue(), 'Waar kunnen we bij helpen?');
    await checkAccessibility(desk, 'a question with a mistake');
    await desk.getByLabel(/^Antwoorden/).fill('Vrijwilligers vinden\nGeld\nEen ruimte');
    await desk.getByRole('button', { name: 'Vraag toevoegen' }).click();
    await desk.locator('main ol > li').nth(0).waitFor();

    await desk.getByLabel('Schaal (bijvoorbeeld 1 tot 5)').check();
    await desk.getByLabel('De vraag').fill('Hoe druk zijn jullie?');
    await desk.getByRole('button', { name: 'Vraag toevoegen' }).click();
    await desk.locator('main ol > li').nth(1).waitFor();
    await desk.getByLabel('Open vraag').check();
    await desk.getByLabel('De vraag').fill('Wat wil je ons nog zeggen?');
    await desk.getByRole('button', { name: 'Vraag toevoegen' }).click();
    await desk.locator('main ol > li').nth(2).waitFor();
    // The scale should come first.
    await desk.getByRole('button', { name: /^Omhoog\s?: vraag 2$/ }).click();
    await desk.locator('main ol > li strong').first().filter({ hasText: 'Hoe druk' }).waitFor();
    const questions = await desk.locator('main ol > li strong').allInnerTexts();
    assert.deepEqual(questions, ['Hoe druk zijn jullie?', 'Waar kunnen we bij helpen?', 'Wat wil je ons nog zeggen?']);
    // A question added by mistake goes only after ticking the box by it.
    await desk.getByLabel('Open vraag').check();
    await desk.getByLabel('De vraag').fill('Hoe heet je?');
    await desk.getByRole('button', { name: 'Vraag toevoegen' }).click();
    await desk.locator('main ol > li').nth(3).waitFor();
    await desk.getByRole('button', { name: /^Weghalen\s?: vraag 4$/ }).click();
    await desk.getByText('Vink aan dat je deze vraag echt wilt weghalen.').waitFor();
    assert.equal(await desk.locator('main ol > li').count(), 4);
    await checkAccessibility(desk, 'removing a question without ticking the box');
    await desk.getByLabel('Ja, haal vraag 4 weg').check();
    await desk.getByRole('button', { name: /^Weghalen\s?: vraag 4$/ }).click();
    await desk.locator('main ol > li').nth(3).waitFor({ state: 'detached' });
    assert.deepEqual(await desk.locator('main ol > li strong').allInnerTexts(), questions);
    await checkAccessibility(desk, 'a draft with three questions');

    // Only Zeist: two initiatives.
    await desk.getByLabel('Gemeente').selectOption({ label: 'Zeist' });
    await desk.getByRole('button', { name: 'Bekijk wie hem krijgt' }).click();
    await desk.getByRole('button', { name: 'Verstuur naar 2 initiatieven' }).waitFor();
    assert.doesNotMatch(await main.innerText(), /Voedselbank Houten/);
    await checkAccessibility(desk, 'who gets the survey');
    // The mail as the first of them gets it, and a test to herself first.
    assert.match(await main.innerText(), /Zo krijgt Repair Café Zeist de mail\./);
    await desk.getByRole('button', { name: 'Stuur een test naar mijzelf' }).click();
    assert.match(await main.innerText(), /De test is naar je eigen adres gestuurd/);
    const test = await latestMail(server.dataDir, (m) => m.to.includes(STAFF) && m.subject.startsWith('[Test]'));
    assert.match(test.subject, /^\[Test\] Wat hebben jullie nodig\?/);
    await checkAccessibility(desk, 'the mail preview after a test');
    await desk.getByRole('button', { name: 'Verstuur naar 2 initiatieven' }).click();
    assert.match(await main.innerText(), /De peiling is verstuurd naar 2 initiatieven\./);
    await checkAccessibility(desk, 'a sent survey');

    // The Repair Café answers on a phone, without logging in.
    const mail = await latestMail(server.dataDir, (m) => m.to.includes('info@repair-zeist.example'));
    const link = /(http\S+\/peiling\?t=\S+)/.exec(mail.text)[1];
    const phone = await newPhonePage(browser, { viewport: { width: 360, height: 740 } });
    await phone.goto(link);
    await expectHeading(phone, 'Wat hebben jullie nodig?');
    await checkAccessibility(phone, 'the survey form on a phone');
    assert.equal(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), true);
    await phone.getByRole('group', { name: /Hoe druk zijn jullie/ }).getByLabel('4', { exact: true }).check();
    await phone.getByLabel('Geld').check();
    await phone.getByLabel('Een ruimte').check();
    await phone.getByLabel(/Wat wil je ons nog zeggen/).fill('Fijn dat jullie het vragen!');
    await phone.getByRole('button', { name: 'Antwoord versturen' }).click();
    await phone.getByText('Bedankt! Je antwoord is opgeslagen.').waitFor();
    await checkAccessibility(phone, 'the answer saved');
    assert.match(mail.text, /\/afmelden\?t=/, 'every survey mail can be opted out of');
    // Changing the answer later with the same link.
    await phone.goto(link);
    assert.equal(await phone.getByLabel('Een ruimte').isChecked(), true);
    await phone.getByLabel('Een ruimte').uncheck();
    await phone.getByRole('button', { name: 'Antwoord bijwerken' }).click();
    await phone.getByText('Bedankt! Je antwoord is opgeslagen.').waitFor();

    // Results: a chart, and its numbers in a table.
    await desk.reload();
    await desk.getByRole('link', { name: 'Bekijk de uitkomsten' }).click();
    await expectHeading(desk, 'Uitkomsten van Wat hebben jullie nodig?');
    assert.match(await main.innerText(), /1 van de 2 initiatieven hebben geantwoord/);
    assert.equal(await desk.locator('svg[role="img"]').count(), 2);
    const geld = desk.getByRole('table', { name: 'Aantallen bij vraag 2' }).getByRole('row')
      .filter({ has: desk.getByRole('rowheader', { name: 'Geld', exact: true }) });
    assert.match(await geld.innerText(), /1\s+100%/);
    const ruimte = desk.getByRole('table', { name: 'Aantallen bij vraag 2' }).getByRole('row')
      .filter({ has: desk.getByRole('rowheader', { name: 'Een ruimte', exact: true }) });
    assert.match(await ruimte.innerText(), /0\s+0%/);
    assert.match(await main.innerText(), /Fijn dat jullie het vragen!/);
    await checkAccessibility(desk, 'the results');
    // At 360 px wide the page does not scroll sideways: the charts shrink, wide tables scroll by themselves.
    await desk.setViewportSize({ width: 360, height: 800 });
    assert.equal(await desk.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), true);
    await checkAccessibility(desk, 'the results at 360 px');
    await desk.setViewportSize({ width: 1280, height: 900 });

    // The Taalcafé has not answered: one reminder goes to them.
    await desk.getByRole('link', { name: 'Terug naar de peiling' }).click();
    await desk.getByRole('button', { name: 'Stuur een herinnering naar 1 initiatieven' }).click();
    assert.match(await main.innerText(), /Er gaat een herinnering naar 1 initiatieven\./);
    const reminder = await latestMail(server.dataDir, (m) => m.to.includes('hallo@taalcafe-zeist.example') && /^Herinnering/.test(m.subject));
    assert.match(reminder.text, /\/peiling\?t=/);
    await checkAccessibility(desk, 'a survey after the reminder');

    // Closing asks for a ticked box first; then the link says it is closed.
    await desk.getByRole('button', { name: 'Peiling sluiten' }).click();
    assert.match(await main.innerText(), /Vink aan dat je de peiling echt wilt sluiten\./);
    await checkAccessibility(desk, 'closing without the box ticked');
    await desk.getByLabel('Ja, sluit de peiling').check();
    await desk.getByRole('button', { name: 'Peiling sluiten' }).click();
    assert.match(await main.innerText(), /De peiling is gesloten\./);
    await phone.goto(link);
    await expectHeading(phone, 'Deze peiling is gesloten');
    await checkAccessibility(phone, 'a closed survey on a phone');
    await context.close();
  });
});
