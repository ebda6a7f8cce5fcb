// Story: a staff member pastes the foundation's address list from a spreadsheet, checks the
// preview, reads it in, writes an invitation, sends a test to herself and then the invitation.
// One initiative follows its personal link on a phone and puts itself on the platform; the staff
// member sees the pipeline move. She also opens the call list as a caller would. Every page passes axe.
'use strict';

const assert = require('node:assert/strict');
const { describe, test, before, after } = require('node:test');
const { launchBrowser, newContext } = require('./support/browser');
const { startServer, checkAccessibility, expectHeading, latestMail, mailFiles, newPhonePage } =
  require('./support/server');
const { logInAsStaff } = require('./support/login');

const STAFF = 'medewerker@example.nl';
const LIST = [
  ['Naam initiatief', 'Contactpersoon', 'E-mail', 'Telefoon', 'Gemeente', 'Opmerkingen'],
  ['Repair Café Zeist', 'Jan de Vries', 'jan@repair.example', '06-12345678', 'Zeist', 'Kent ons al'],
  ['Taalhuis Overvecht', 'Fatima Amrani', 'fatima@taalhuis.example', '+31 30 123 4567', 'Utrecht', ''],
  ['Kookclub De Pan', 'Ria Verhoef', 'ria@depan.example', '0031 6 87654321', 'Houten', ''],
  ['Buurtkamer', 'Piet', 'piet@buurtkamer', '', 'De Bilt', 'geen goed adres'],
];

// The number in the "Hoe ver zijn ze?" table for one step.
async function stepCount(page, label) {
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
  return Number((await row.getByRole('cell').innerText()).trim());
}

describe('staff invite initiatives from the address file', () => {
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

  test('staff paste a list, invite, and see the pipeline move', async () => {
    const context = await newContext(browser, { viewport: { width: 1280, height: 900 } });
    const desk = await context.newPage();
    await logInAsStaff(desk, server, STAFF);

    // The address file is empty; the list comes from a spreadsheet, pasted with tabs.
    await desk.goto(`${server.baseUrl}/beheer/adresbestand`);
    await expectHeading(desk, 'Adresbestand');
    await checkAccessibility(desk, 'the empty address file');
    await desk.getByRole('link', { name: 'Lijst inlezen' }).click();
    await expectHeading(desk, 'Een lijst inlezen');
    await checkAccessibility(desk, 'the import form');
    await desk.getByLabel('Geplakte cellen').fill(LIST.map((row) => row.join('\t')).join('\n'));
    await desk.getByRole('button', { name: 'Bekijk de geplakte lijst' }).click();

    // The preview: columns recognised, the bad row named, nothing saved yet.
    await expectHeading(desk, 'Controleer de lijst');
    await checkAccessibility(desk, 'the preview');
    assert.equal(await desk.getByLabel('Kolom 3: E-mail').inputValue(), 'e-mail');
    assert.equal(await desk.getByLabel('Kolom 4: Telefoon').inputValue(), 'telefoon');
    const main = desk.locator('main');
    assert.match(await main.innerText(), /4 regels: 3 nieuw, 0 al bekend/);
    assert.match(await main.innerText(), /Regel 5: "piet@buurtkamer" is geen e-mailadres\./);
    await desk.getByRole('button', { name: 'Inlezen', exact: true }).click();
    await expectHeading(desk, 'De lijst is ingelezen');
    assert.match(await main.innerText(), /Nieuw in het adresbestand: 3/);
    assert.match(await main.innerText(), /1 van de 4 regels zijn niet ingelezen/);
    await checkAccessibility(desk, 'the import report');

    await desk.getByRole('link', { name: 'Naar het adresbestand' }).click();
    await expectHeading(desk, 'Adresbestand');
    assert.equal(await stepCount(desk, 'Nog niet benaderd'), 3);
    await checkAccessibility(desk, 'the address file');

    // An invitation: the standard text, a look at it, a test to herself, then for real.
    await desk.getByRole('link', { name: 'Uitnodigingen mailen' }).click();
    await expectHeading(desk, 'Uitnodigingen');
    await checkAccessibility(desk, 'the invitations');
    await desk.getByRole('link', { name: 'Nieuwe uitnodiging' }).click();
    await expectHeading(desk, 'Nieuwe uitnodiging');
    await checkAccessibility(desk, 'the invitation form');
    assert.match(await desk.getByLabel('Tekst', { exact: true }).inputValue(), /\{link\}/);
    await desk.getByLabel('Tekst', { exact: true }).fill('');
    await desk.getByRole('button', { name: 'Bewaren en bekijken' }).click();
    await desk.locator('#foutmeldingen').waitFor();
    await checkAccessibility(desk, 'the invitation form with a mistake');
    await desk.getByLabel('Tekst', { exact: true }).fill('Beste {naam},\n\nZet {initiatief} op het platform:\n\n{link}\n\nGroet, de stichting');
    await desk.getByRole('button', { name: 'Bewaren en bekijken' }).click();
    await expectHeading(desk, 'Uitnodiging voor het platform');
    assert.match(await main.innerText(), /Wordt verstuurd naar 3 contacten\./);
    assert.match(await main.innerText(), /Beste Jan de Vries,/);
    await checkAccessibility(desk, 'the invitation and who gets it');

    let before = await mailFiles(server.dataDir);
    await desk.getByRole('button', { name: 'Stuur een test naar mijzelf' }).click();
    const testMail = await latestMail(server.dataDir, (m) => m.to.includes(STAFF) && !before.includes(m.file));
    assert.match(testMail.subject, /^\[Test\] Zet Repair Café Zeist op Omzien/);

    before = await mailFiles(server.dataDir);
    await desk.getByLabel(/Ik heb de mail bekeken/).check();
    await desk.getByRole('button', { name: 'Versturen', exact: true }).click();
    assert.match(await main.innerText(), /Het versturen is begonnen: 3 mails/);
    await checkAccessibility(desk, 'a campaign being sent');
    const invitation = await latestMail(server.dataDir,
      (m) => m.to.includes('fatima@taalhuis.example') && !before.includes(m.file));
    const link = /https?:\/\/\S+\/meedoen\?t=[\w-]+/.exec(invitation.text)[0];
    assert.match(invitation.text, /\/afmelden\?t=/);

    // Fatima, on her phone: the link opens a page with a button; she puts the Taalhuis on.
    const phone = await newPhonePage(browser);
    await phone.goto(link);
    await expectHeading(phone, 'Zet Taalhuis Overvecht op het platform');
    await checkAccessibility(phone, 'the personal link');
    await phone.getByRole('button', { name: 'Ja, ik doe mee' }).click();
    await expectHeading(phone, 'Welkom!');
    await phone.getByLabel('Je naam').fill('Fatima Amrani');
    await phone.getByRole('button', { name: 'Bewaren' }).click();
    await expectHeading(phone, 'Zet je initiatief erop');
    await phone.getByLabel('Naam van je initiatief').fill('Taalhuis Overvecht');
    await phone.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Utrecht' });
    await phone.getByLabel('Taal en integratie').check();
    await phone.getByLabel('Wat doen jullie? In één zin').fill('Samen Nederlands oefenen, elke dinsdag.');
    await phone.getByRole('button', { name: 'Zet het erop' }).click();
    await expectHeading(phone, 'Taalhuis Overvecht');

    // The opt-out page from the mail, as Ria would see it.
    const optOut = /https?:\/\/\S+\/afmelden\?t=[\w-]+/.exec(invitation.text)[0];
    await phone.goto(optOut);
    await expectHeading(phone, 'Afmelden');
    await checkAccessibility(phone, 'the opt-out page');
    await phone.context().close();

    // The staff member sees the pipeline move.
    await desk.goto(`${server.baseUrl}/beheer/adresbestand`);
    assert.equal(await stepCount(desk, 'Nog niet benaderd'), 0);
    assert.equal(await stepCount(desk, 'Gemaild'), 2);
    assert.equal(await stepCount(desk, 'Actief'), 1);
    await desk.getByRole('link', { name: 'Taalhuis Overvecht' }).click();
    await expectHeading(desk, 'Taalhuis Overvecht');
    assert.match(await main.innerText(), /Actief \(nu\)/);
    assert.match(await main.innerText(), /Persoonlijke link gebruikt/);
    await checkAccessibility(desk, 'a contact with a profile');

    // The call list, on a phone-sized screen: outcome in two taps.
    await desk.setViewportSize({ width: 390, height: 844 });
    await desk.goto(`${server.baseUrl}/bellen`);
    await expectHeading(desk, 'Bellijst');
    await checkAccessibility(desk, 'the call list');
    await desk.getByRole('link', { name: 'Open Repair Café Zeist' }).click();
    await expectHeading(desk, 'Repair Café Zeist');
    assert.equal(await desk.getByRole('link', { name: 'Bel 06 12345678' }).getAttribute('href'), 'tel:+31612345678');
    await checkAccessibility(desk, 'the call card');
    await desk.getByRole('button', { name: 'Bereikt: wil meedoen' }).click();
    await expectHeading(desk, 'Kookclub De Pan');
    assert.match(await main.innerText(), /Bewaard: Bereikt\. Dit is de volgende\./);
    await context.close();
  });
});
